//! `alongside-relay`: the care-team relay server.
//!
//! ```text
//! alongside-relay [--listen 127.0.0.1:8787] [--database alongside-relay.sqlite3 | postgres://...]
//! ```
//!
//! Prints `listening on ADDR` on standard output once it accepts connections (so a test or
//! a supervisor can start it on port 0 and learn the port); logs go to standard error and
//! carry no ids, keys, addresses or database URLs. Exit codes: 1 cannot open the database
//! or the address, 2 usage.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use alongside_relay::clock::Clock;
use alongside_relay::config::{Limits, Settings};
use alongside_relay::server::serve;
use alongside_relay::store::postgres::PgStore;
use alongside_relay::store::sqlite::SqliteStore;
use alongside_relay::store::Store;
use clap::Parser;

#[derive(Parser, Debug)]
#[command(name = "alongside-relay", version, about = "The Alongside care-team relay")]
struct Args {
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8787")]
    listen: SocketAddr,
    /// A SQLite file path (optionally `sqlite://PATH`), or a `postgres://` URL.
    #[arg(long, default_value = "alongside-relay.sqlite3", env = "ALONGSIDE_RELAY_DATABASE")]
    database: String,
    /// Days an undelivered envelope is kept before it is dropped.
    #[arg(long, default_value_t = Limits::default().expiry_days)]
    expiry_days: u32,
    /// Requests per minute allowed to each device key.
    #[arg(long, default_value_t = Limits::default().rate_per_minute)]
    rate_per_minute: u32,
    /// Requests a device key may make in a burst.
    #[arg(long, default_value_t = Limits::default().burst)]
    burst: u32,
    /// Undelivered envelopes one sending device may have waiting.
    #[arg(long, default_value_t = Limits::default().quota_envelopes)]
    quota_envelopes: u64,
    /// Bytes of undelivered envelopes one sending device may have waiting.
    #[arg(long, default_value_t = Limits::default().quota_bytes)]
    quota_bytes: u64,
    /// Inboxes one device key may register.
    #[arg(long, default_value_t = Limits::default().quota_inboxes)]
    quota_inboxes: u64,
    /// Log level: error, warn, info, debug.
    #[arg(long, default_value = "info")]
    log: tracing::Level,
    /// Tests only: run with the clock fixed at this RFC 3339 instant.
    #[arg(long, hide = true)]
    now: Option<String>,
}

enum Database {
    Sqlite(PathBuf),
    Postgres(String),
}

fn database(arg: &str) -> Database {
    if arg.starts_with("postgres://") || arg.starts_with("postgresql://") {
        Database::Postgres(arg.to_string())
    } else {
        let path = arg
            .strip_prefix("sqlite://")
            .or_else(|| arg.strip_prefix("sqlite:"))
            .unwrap_or(arg);
        Database::Sqlite(PathBuf::from(path))
    }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = interrupt => {},
                    _ = term.recv() => {},
                }
            }
            Err(_) => {
                let _ = interrupt.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
    tracing::info!("shutting down");
}

async fn run<S: Store>(store: S, settings: Settings, listen: SocketAddr) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind(listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("alongside-relay: cannot listen on {listen}: {}", e.kind());
            return ExitCode::from(1);
        }
    };
    let addr = listener.local_addr().unwrap_or(listen);
    tracing::info!(backend = store.backend(), "relay started");
    let mut out = std::io::stdout();
    let _ = writeln!(out, "listening on {addr}");
    let _ = out.flush();
    match serve(store, settings, listener, shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(kind = %e.kind(), "the server stopped");
            ExitCode::from(1)
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_max_level(args.log)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
    let clock = match &args.now {
        None => Clock::System,
        Some(t) => match Clock::fixed_at(t) {
            Some(c) => c,
            None => {
                eprintln!("alongside-relay: --now takes an RFC 3339 instant such as 2026-11-21T10:00:00Z");
                return ExitCode::from(2);
            }
        },
    };
    let settings = Settings {
        limits: Limits {
            rate_per_minute: args.rate_per_minute,
            burst: args.burst,
            quota_envelopes: args.quota_envelopes,
            quota_bytes: args.quota_bytes,
            quota_inboxes: args.quota_inboxes,
            expiry_days: args.expiry_days,
            ..Limits::default()
        },
        clock,
    };
    match database(&args.database) {
        Database::Sqlite(path) => match SqliteStore::open(&path) {
            Ok(store) => run(store, settings, args.listen).await,
            Err(e) => {
                eprintln!("alongside-relay: cannot open the SQLite database: {e}");
                ExitCode::from(1)
            }
        },
        // The URL may hold a password: it is never printed.
        Database::Postgres(url) => match PgStore::connect(&url).await {
            Ok(store) => run(store, settings, args.listen).await,
            Err(e) => {
                eprintln!("alongside-relay: cannot open the PostgreSQL database: {e}");
                ExitCode::from(1)
            }
        },
    }
}
