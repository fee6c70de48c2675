//! The Alongside care-team relay. It holds sealed envelopes in per-recipient inboxes until
//! their recipient pulls and acknowledges them. It never sees plaintext: envelopes are
//! sealed to the recipient on the sender's phone (see `alongside_protocol`), so the relay
//! stores opaque bytes and the least metadata that delivery, purge and expiry need.
//!
//! - [`server`]: the axum router, its handlers and the process around them (feature `server`).
//! - [`store`]: one [`store::Store`] trait, with SQLite (default) and PostgreSQL backends.
//! - [`auth`], [`limits`], [`clock`]: signed single-use challenges, per-device rate limits
//!   and a clock that tests can fix.
//! - [`client`]: a small blocking client for the core and the CLI (feature `client`).
//!
//! The wire types and the challenge signing format live in
//! [`alongside_protocol::relay_api`], so the relay and its clients cannot drift apart.

#[cfg(feature = "server")]
pub mod auth;
#[cfg(feature = "client")]
pub mod client;
#[cfg(feature = "server")]
pub mod clock;
#[cfg(feature = "server")]
pub mod config;
#[cfg(feature = "server")]
pub mod error;
#[cfg(feature = "server")]
pub mod limits;
#[cfg(feature = "server")]
pub mod openapi;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "server")]
pub mod store;
