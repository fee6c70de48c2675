//! Where the care team's replies and receipts may go. A woman's first `hello` names the
//! relay and inbox her phone reads, but anyone holding a member's invite code can send a
//! hello, naming any address. So replies go only to the relay the member's own inbox lives
//! on (her phone uses that same relay, from the invite), or to one the member approved with
//! `alongside team approve-relay`. Anything else is recorded and shown, and nothing is sent
//! there.

use url::Url;

use super::team_store::{Member, Woman};

/// `text` as a relay address replies could go to: https, or http on this computer only.
pub fn approvable(text: &str) -> Option<Url> {
    let url = Url::parse(text.trim()).ok()?;
    let loopback = match url.host()? {
        url::Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    };
    let ok = url.scheme() == "https" || (url.scheme() == "http" && loopback);
    (ok && url.username().is_empty() && url.password().is_none() && url.query().is_none()).then_some(url)
}

/// Whether two addresses name the same relay: same scheme, host, port and path, whatever
/// the case of the host or a trailing slash.
fn same(a: &str, b: &str) -> bool {
    match (Url::parse(a.trim()), Url::parse(b.trim())) {
        (Ok(a), Ok(b)) => {
            a.scheme() == b.scheme()
                && a.host() == b.host()
                && a.port_or_known_default() == b.port_or_known_default()
                && a.path().trim_end_matches('/') == b.path().trim_end_matches('/')
        }
        _ => false,
    }
}

/// Whether replies and receipts for `w` may go where her hello asked.
pub fn allowed(member: &Member, w: &Woman) -> bool {
    same(&w.relay_url, &member.relay_url) || member.approved_relays.iter().any(|r| same(&w.relay_url, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(approved: &[&str]) -> Member {
        Member {
            relay_url: "http://127.0.0.1:8787".into(),
            inbox: String::new(),
            name: String::new(),
            role: String::new(),
            approved_relays: approved.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn woman(relay: &str) -> Woman {
        Woman {
            signing_key: String::new(),
            sealing_key: String::new(),
            relay_url: relay.into(),
            inbox: String::new(),
            items: Default::default(),
            unacknowledged: vec![],
            accepted: false,
            receipts_owed: vec![],
        }
    }

    #[test]
    fn replies_go_to_the_members_own_relay_or_one_they_approved_and_nowhere_else() {
        assert!(allowed(&member(&[]), &woman("http://127.0.0.1:8787/")));
        assert!(!allowed(&member(&[]), &woman("http://127.0.0.1:8788")));
        assert!(!allowed(&member(&[]), &woman("http://evil.example:8787")));
        assert!(!allowed(&member(&[]), &woman("not a url")));
        assert!(allowed(
            &member(&["https://relay.example.org"]),
            &woman("https://RELAY.example.org/")
        ));
        assert!(!allowed(
            &member(&["https://relay.example.org"]),
            &woman("http://relay.example.org")
        ));
    }

    #[test]
    fn only_https_or_this_computer_can_be_approved() {
        assert!(approvable("https://relay.example.org").is_some());
        assert!(approvable("http://127.0.0.1:9000").is_some());
        assert!(approvable("http://localhost:9000").is_some());
        assert!(approvable("http://relay.example.org").is_none());
        assert!(approvable("ftp://relay.example.org").is_none());
        assert!(approvable("https://user:pw@relay.example.org").is_none());
        assert!(approvable("nonsense").is_none());
    }
}
