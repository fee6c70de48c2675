//! Integration tests against real `alongside-relay` processes on loopback. Every case runs
//! on SQLite, and on PostgreSQL when `ALONGSIDE_TEST_POSTGRES` names a database (tests/run
//! starts a throwaway cluster and sets it); without it the PostgreSQL copies say so and pass.

mod cases;
mod harness;

macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $name() {
                    super::cases::$name(&super::harness::Backend::Sqlite);
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $name() {
                    match super::harness::Backend::postgres() {
                        Some(backend) => super::cases::$name(&backend),
                        None => eprintln!("skipped: ALONGSIDE_TEST_POSTGRES is not set"),
                    }
                }
            )*
        }
    };
}

on_both_backends!(
    putting_the_same_envelope_twice_stores_it_once,
    an_envelope_over_256_kib_is_refused_with_413,
    pulls_page_through_an_inbox_by_cursor_and_limit,
    an_ack_deletes_the_envelopes_it_names,
    only_the_sender_can_purge_and_only_what_is_undelivered,
    a_replayed_foreign_forged_or_expired_challenge_is_refused,
    another_devices_inbox_cannot_be_read_acked_or_taken,
    undelivered_envelopes_expire_after_30_days,
    a_device_over_its_rate_limit_or_quota_gets_429,
    stored_envelopes_survive_a_crash_and_restart,
    a_client_carries_on_after_the_relay_restarts,
    every_documented_operation_answers_as_documented,
    logs_carry_no_ids_keys_or_addresses,
    a_batch_is_stored_in_one_request_with_an_outcome_per_envelope,
    sending_a_batch_again_stores_nothing_twice,
    a_replayed_or_tampered_batch_is_refused_and_stores_nothing,
    a_batch_over_a_limit_is_refused_whole_with_413,
    a_batch_past_the_senders_quota_stores_what_fits_and_reports_the_rest,
    a_batch_counts_once_per_envelope_against_the_rate_limit,
);
