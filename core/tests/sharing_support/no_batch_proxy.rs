//! A loopback proxy in front of a real relay that answers `POST /v1/envelopes` as a relay
//! from before batched puts would (404, the relay's own "no such route" body) and forwards
//! every other request. It records each request's method and path, so a test can tell how
//! her phone sent what it sent.
//!
//! Plain HTTP/1.1 over std sockets is all the relay client speaks on loopback; each
//! forwarded request goes upstream on a connection of its own marked `close`, and the
//! answer (which then says `connection: close`) ends the client's connection too.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

const REFUSED: &[u8] = br#"{"error":"not_found","message":"there is no such route"}"#;

pub struct NoBatchProxy {
    pub url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl NoBatchProxy {
    /// Starts the proxy in front of `upstream` (an `http://host:port` URL).
    pub fn start(upstream: &str) -> NoBatchProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let url = format!("http://{}", listener.local_addr().expect("its address"));
        let upstream = upstream.trim_start_matches("http://").trim_end_matches('/').to_string();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (upstream, log) = (upstream.clone(), log.clone());
                std::thread::spawn(move || serve(conn, &upstream, &log));
            }
        });
        NoBatchProxy { url, seen }
    }

    /// "METHOD /path" of every request so far, in order.
    pub fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

/// Reads one request: its head (through the blank line) and its body.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<(Vec<String>, Vec<u8>)> {
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end_matches(['\r', '\n']).to_string();
        if line.is_empty() {
            break;
        }
        head.push(line);
    }
    let length = head
        .iter()
        .filter_map(|h| h.split_once(':'))
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((head, body))
}

fn serve(client: TcpStream, upstream: &str, seen: &Mutex<Vec<String>>) {
    let Ok(read_half) = client.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let mut client = client;
    while let Some((head, body)) = read_request(&mut reader) {
        let mut words = head[0].split(' ');
        let (method, path) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        seen.lock().unwrap().push(format!("{method} {path}"));
        if method == "POST" && path == "/v1/envelopes" {
            let answer = format!(
                "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                REFUSED.len()
            );
            if client
                .write_all(answer.as_bytes())
                .and_then(|()| client.write_all(REFUSED))
                .is_err()
            {
                return;
            }
            continue;
        }
        let Ok(mut up) = TcpStream::connect(upstream) else {
            return;
        };
        let mut request: Vec<u8> = head
            .iter()
            .filter(|h| !h.to_ascii_lowercase().starts_with("connection:"))
            .flat_map(|h| [h.as_bytes(), b"\r\n"].concat())
            .collect();
        request.extend_from_slice(b"connection: close\r\n\r\n");
        request.extend_from_slice(&body);
        let mut answer = Vec::new();
        if up
            .write_all(&request)
            .and_then(|()| up.read_to_end(&mut answer))
            .is_err()
        {
            return;
        }
        let _ = client.write_all(&answer);
        // The relay's answer said `connection: close`; the client will open a new one.
        return;
    }
}
