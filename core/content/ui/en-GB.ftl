# Alongside: interface wording (British English).
# Plain, kind, never blaming. Rules: shared/CONTENT.md. Every clinical line is listed in
# clinical.json with its sources and review dates.

## Notifications. Discreet by default: nothing about medicines, pregnancy or services
## shows on a lock screen unless she turns detailed notifications on.

reminder-discreet-title = Alongside
reminder-discreet-body = You have a reminder
reminder-appointment-title = { $title }
reminder-appointment-body = Starts at { $time }
reminder-appointment-body-place = Starts at { $time }, { $place }
reminder-dose-title = Time for your { $medicine }
reminder-dose-body = { $amount } { $unit } at { $time }

## Today

alert-tolerance-title = Please talk to your prescriber or pharmacist before your next dose
alert-tolerance-body =
    You've logged { $days } missed days of { $medicine } in a row.
    After 3 or more missed days, your body may have lost some of its tolerance.
    This means your usual dose could be too strong.
    Your prescriber or pharmacist can help you start again safely.
alert-tolerance-safety =
    If someone is very sleepy, can't be woken or is breathing slowly, call 999.
    Use naloxone if you have it.
alert-tolerance-action = Who to talk to

alert-missed-title = Would you like a new time for { $title }?
alert-missed-body =
    Things come up, and that's OK.
    If you'd like, you can book a new time.
    The service can help you find a time that suits you.
alert-missed-action = Book a new time
alert-missed-dismiss = Not now

week-summary =
    { $count ->
        [0] You have no appointments this week.
        [one] You have 1 appointment this week.
       *[other] You have { $count } appointments this week.
    }
week-busy-days =
    { $days ->
        [0] {""}
        [one] 1 day has more than one appointment.
       *[other] { $days } days have more than one appointment.
    }
