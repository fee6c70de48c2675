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
reminder-dose-title = { $medicine }: time for your dose
reminder-dose-body = { $amount } at { $time }

## Today

alert-tolerance-title = Please talk to your prescriber or pharmacist before your next dose
alert-tolerance-body =
    You've logged { $days } missed days of { $medicine } in a row.
    After 3 or more missed days, your body may have lost some of its tolerance.
    This means your usual dose could be too strong.
    Your prescriber or pharmacist can help you start again safely.
alert-tolerance-safety =
    If someone is very sleepy, can't be woken or is breathing slowly, call { $emergency }.
    Use naloxone if you have it.
alert-tolerance-action = See your pharmacy details
# The same warning when some of the days have nothing logged: the app says it can't tell,
# and gives the same safety steps.
alert-tolerance-unknown-title = If you've missed doses, please talk to your prescriber or pharmacist before your next dose
alert-tolerance-unknown-body =
    { $all ->
        [yes] Nothing is logged for your { $medicine } for the last { $days } days, so the app can't tell if you had it.
       *[no] Nothing is logged for your { $medicine } on { $unknown } of the last { $days } days, and the others are logged as missed. So the app can't tell if you had it.
    }
    If you've missed 3 or more days in a row, your body may have lost some of its tolerance.
    This means your usual dose could be too strong.
    Your prescriber or pharmacist can help you start again safely.

# Asking once about opioid treatment days with nothing logged.
dose-question = Did you have your { $medicine } on { $days }?
dose-question-and = { $first } and { $last }
dose-question-intro =
    { $count ->
        [one] Nothing is logged for that day. If you remember, you can fill it in here.
       *[other] Nothing is logged for those days. If you remember, you can fill them in here.
    } It's fine if you're not sure.
dose-answer-yes = Yes, I had it
dose-answer-no = No, I didn't
dose-answer-not-sure = I'm not sure
dose-answer-all-yes = Yes, I had it every day
dose-answer-all-no = No, I didn't have it those days
dose-answer-all-not-sure = I'm not sure about them
dose-question-dismiss = Not now
dose-question-answered = Thank you. The app won't ask about those days again.
dose-question-no-days = Please choose at least one day, and no more than 60. Nothing was changed.
dose-question-past-days-only = You can only fill in days that have passed. Nothing was changed.
dose-question-no-dose-then = There's no daily dose of this medicine on that day. Nothing was changed.

# Changing a dose she already logged: asked first, never changed silently.
dose-change-question = This dose is logged as { $from }. Do you want to change it to { $to }?
dose-change-confirm = Yes, change it
dose-change-keep = No, keep it as it is

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

## Diary and medicines screens
## The diary by week or month, the appointment and medicine forms, and a medicine's
## history. The core renders these into view records (core/src/views/); forms show each
## problem beside its field before she saves, and saving says the same.

diary-title = Diary
diary-week-title = Week of { $date }
diary-month-title = { $month } { $year }
diary-dates-title = { $from } to { $to }
diary-previous-week = Previous week
diary-next-week = Next week
diary-this-week = This week
diary-previous-month = Previous month
diary-next-month = Next month
diary-this-month = This month
diary-earlier-dates = Earlier dates
diary-later-dates = Later dates
diary-show-week = Week
diary-show-month = Month
diary-day-today = Today, { $date }
diary-day-empty = Nothing in your diary this day.
diary-empty = Nothing in your diary on these dates.
diary-summary =
    { $count ->
        [0] No appointments
        [one] 1 appointment
       *[other] { $count } appointments
    }
diary-attention = Needs your attention
diary-mark-question = Did you go to { $title }?
diary-restore = It's going ahead after all
diary-add-appointment = Add an appointment
diary-open-appointment = See or change it
diary-draft-not-saved = This couldn't be saved. Please check each field. Nothing was changed.

appointment-form-add = New appointment
appointment-form-edit = Change appointment
appointment-form-save = Save
# The button beside a date field on the phones, and its picker's buttons.
form-choose-date = Choose a date
form-choose-done = Done
form-choose-cancel = Cancel
appointment-field-title = What it is
appointment-hint-title = A short name, like "Midwife check".
appointment-field-kind = Kind of appointment
appointment-field-start = Date and time
appointment-field-start-series = First date and time
appointment-hint-start-series = Changing this moves every date. To move one date, use "Move" on that date.
appointment-field-duration = How long
appointment-field-location = Where
appointment-hint-location = Type the place, or choose one from the services on this phone.
appointment-field-venue = Choose a place
appointment-venue-none = None of these
appointment-field-with-whom = With whom
appointment-hint-with-whom = A name or a role, if you like.
appointment-field-notes = Private notes
appointment-hint-notes = Only you see these. They are never in reminders, and never sent to your care team.
appointment-field-reminders = Reminders
appointment-hint-reminders = You can choose up to { $max }. Reminders say only "You have a reminder" unless you change that in settings.
appointment-field-repeat = Repeats
appointment-field-repeat-until = Last date
appointment-field-repeat-count = How many times
appointment-field-clock-change = Which time
appointment-hint-clock-change = The clocks go back that night, so this time happens twice. Please choose which one you mean.
appointment-field-time-zone = Time zone
appointment-hint-time-zone = Times are in your diary's time zone ({ $zone }) unless you choose another.
appointment-repeat-none = Doesn't repeat
appointment-repeat-end-until = Until a date
appointment-repeat-end-count = A number of times
appointment-clock-change-first = The first time, before the clocks go back
appointment-clock-change-second = The second time, after the clocks go back
duration-minutes =
    { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
duration-hours =
    { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
duration-hours-minutes =
    { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    } { $minutes } minutes
appointment-move = Move
appointment-move-hint = Choose the new date and time.
appointment-scope-this-date = Only this date
appointment-scope-this-and-following = This date and the ones after it
appointment-scope-all-dates = Every date
appointment-cancel = Cancel this date
appointment-cancel-question = Cancel { $title } on { $date }? It stays in your diary, marked as cancelled.
appointment-cancel-confirm = Yes, cancel it
appointment-cancel-keep = No, keep it
appointment-delete = Delete
appointment-delete-question =
    Delete { $title }? { $series ->
        [yes] Every date of it will be taken out of your diary.
       *[no] It will be taken out of your diary.
    } This can't be undone. If you share it with your care team, they will be told it was removed.
appointment-delete-confirm = Yes, delete it
appointment-delete-keep = No, keep it

medicine-form-add = New medicine
medicine-form-edit = Your medicine
medicine-form-save = Save
medicine-field-kind = Which medicine
medicine-field-name = Name
medicine-hint-name-needed = Please type the medicine's name.
medicine-hint-name-optional = If you like, you can give it another name.
medicine-field-amount = Dose
medicine-field-morning-amount = Morning dose
medicine-field-evening-amount = Evening dose
medicine-field-unit = Unit
medicine-field-schedule = When you take it
medicine-field-time = Time
medicine-field-morning-time = Morning time
medicine-field-evening-time = Evening time
medicine-field-weekday = Day of the week
medicine-field-day-of-month = Day of the month
medicine-hint-day-of-month = In shorter months, it's on the last day.
medicine-field-collection = Where you take it
medicine-field-take-home-days = Take-home days
medicine-hint-take-home-days = Days you take your dose home from the pharmacy.
medicine-field-pharmacy = Pharmacy
medicine-field-start-date = Start date
medicine-field-end-date = End date
medicine-hint-end-date = Leave this empty if there's no end date yet.
medicine-field-effective-date = From
medicine-hint-effective-date = The first day of the new dose.
medicine-field-note = Note
schedule-kind-daily = Once a day
schedule-kind-split-daily = Split dose: morning and evening
schedule-kind-weekly = Once a week
schedule-kind-monthly = Once a month
schedule-kind-as-needed = When needed
collection-hint-supervised-at-pharmacy = You take it at the pharmacy, except on your take-home days.
collection-hint-take-home = You take it at home.
medicine-change-dose = Change the dose
medicine-change-dose-hint = When your prescriber changes your dose, you can record it here. Your earlier doses stay in your history.
medicine-dose-now = Your dose now: { $amount }
medicine-stop = Stop this medicine
medicine-stop-question = Stop { $medicine } after { $date }? Your history and the doses you logged are kept.
medicine-stop-confirm = Yes, stop it
medicine-stop-keep = No, keep it
medicine-log-as-needed = Log a dose

medicine-history-title = { $medicine }: dose history
medicine-history-changes = Dose changes
medicine-history-change = From { $date }: { $amount }
medicine-history-days = Your doses
medicine-history-range = { $from } to { $to }
medicine-history-earlier = Earlier
medicine-history-later = Later
medicine-history-no-dose = No dose this day.

## Labels the core puts into view records

kind-specialist-midwife = Specialist midwife
kind-antenatal-clinic-or-scan = Antenatal clinic or scan
kind-drug-and-alcohol-key-worker = Drug and alcohol key worker
kind-prescriber-review = Prescriber review
kind-gp = GP
kind-health-visitor = Health visitor
kind-social-worker = Social worker
kind-perinatal-mental-health = Perinatal mental health
kind-family-time = Family time
kind-court-or-legal = Court or legal
kind-housing = Housing
kind-peer-support = Peer support
kind-other = Other

status-planned = Planned
status-attended = Went
status-missed = Missed
status-cancelled = Cancelled
status-rescheduled = Moved

dose-state-not-yet-logged = Not logged yet
dose-state-taken = Taken
dose-state-missed = Missed
dose-state-partly-taken = Partly taken
dose-state-vomited = Vomited

slot-only = Dose
slot-morning = Morning dose
slot-evening = Evening dose
slot-as-needed = As needed

## Screen copy, fetched once by the shells with ui_strings()

app-name = Alongside
# The tab bar on both phones. "More" holds medicines, sharing, support, settings and help.
nav-tab-today = Today
nav-tab-diary = Diary
nav-tab-services = Services
nav-tab-guidance = Guidance
nav-tab-more = More
nav-back = Back
nav-try-again = Try again
nav-more-medicines = Your medicines
nav-more-settings = Settings
unlock-title = Welcome back
unlock-prompt = Enter your passcode
unlock-button = Unlock
unlock-wrong = That passcode didn't match. Please try again.
unlock-wait = Too many tries. You can try again in a little while.
setup-title = Set up Alongside
setup-explainer = Your diary stays on this phone. It is locked with a passcode only you know. Nothing is shared unless you say yes.
setup-passcode = Choose a passcode (at least 6 characters)
setup-button = Create my diary
today-title = Today
today-now = Happening now
today-later = Later today
today-earlier = Earlier today
today-next-days = Next 7 days
today-doses = Today's doses
today-nothing = Nothing planned today.
today-week = This week
dose-take = Taken
dose-miss = Missed
dose-partly = Partly taken
dose-vomited = Vomited
dose-logged = { $slot } of { $medicine }, { $date }: { $state }.
dose-slot-all-logged = Every dose of this medicine that day is logged already, so nothing was changed. To change one, please say which: morning or evening.
# The command line only: when it chose the dose of a split-dose day for her.
dose-logged-other-slot = If you meant the other dose, log it again with --slot morning or --slot evening.
dose-part-prompt = How much did you take, if you know?
dose-part-quarter = About a quarter ({ $amount })
dose-part-half = About half ({ $amount })
dose-part-three-quarters = About three quarters ({ $amount })
dose-amount-taken-not-partly = You can say how much you took when a dose was partly taken. Nothing was changed.
dose-amount-taken-range = Please give an amount above zero and less than the full dose ({ $due }). Nothing was changed.
appointment-went = I went
appointment-missed = I missed it
lock-button = Lock
# The quick exit control: neutral words, so the button itself says nothing about the app.
quick-exit-button = Exit
quick-exit-description = Exit now. This locks the app and leaves it straight away.
# What the iPhone shows after a quick exit, until she taps to go on.
quick-exit-cover = Nothing to show
quick-exit-cover-continue = Tap to continue

medicine-kind-methadone-oral-solution = Methadone oral solution
medicine-kind-buprenorphine-sublingual = Buprenorphine (under the tongue)
medicine-kind-buprenorphine-with-naloxone = Buprenorphine with naloxone
medicine-kind-buprenorphine-injection-weekly = Buprenorphine injection, weekly
medicine-kind-buprenorphine-injection-monthly = Buprenorphine injection, monthly
medicine-kind-other = Other medicine
# The name a medicine is given when she gives none.
medicine-name-methadone-oral-solution = Methadone
medicine-name-buprenorphine-sublingual = Buprenorphine
medicine-name-buprenorphine-with-naloxone = Buprenorphine with naloxone
medicine-name-buprenorphine-injection-weekly = Buprenorphine injection (weekly)
medicine-name-buprenorphine-injection-monthly = Buprenorphine injection (monthly)
medicine-name-other = Medicine

collection-supervised-at-pharmacy = Taken at the pharmacy
collection-take-home = Taken at home

unit-mg = mg
unit-ml = ml
unit-microgram = micrograms
unit-tablet = tablets

dose-place-pharmacy = At the pharmacy
dose-place-home = Take-home

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

schedule-daily = Every day at { $time }
schedule-split-daily = Split dose: { $morning } and { $evening } every day
schedule-weekly = Every { $weekday } at { $time }
schedule-monthly = Day { $day } of each month at { $time }
schedule-as-needed = When needed

today-alerts = Needs your attention
today-nothing-next = Nothing in the next 7 days.
today-no-doses = No doses today.

## Settings

settings-title = Settings
settings-notifications-heading = What reminders say
settings-notifications-discreet = Discreet (recommended)
settings-notifications-discreet-detail = Reminders only say "You have a reminder". Nothing about medicines, pregnancy or services shows on your lock screen.
settings-notifications-detailed = Detailed
settings-notifications-detailed-detail = Reminders name the appointment or medicine. Anyone who sees your lock screen could read them. Family time reminders always stay discreet.
settings-quick-exit-heading = Quick exit
settings-quick-exit-explainer = The Exit button at the top of every screen locks the app and leaves it at once. On Android, pressing a volume button 3 times quickly does the same. You can choose where the phone goes next.
settings-quick-exit-home-screen = The home screen
settings-quick-exit-home-screen-detail = The phone shows its home screen, as if you had pressed Home.
settings-quick-exit-clock = The clock
settings-quick-exit-clock-detail = The phone opens its clock app.
settings-quick-exit-calculator = The calculator
settings-quick-exit-calculator-detail = The phone opens its calculator app, if it has one. If not, it shows the home screen.
settings-quick-exit-iphone = On iPhone, an app can't close itself. Exit locks the app and shows a plain screen with nothing on it. To leave, swipe up or press Home.
settings-quick-exit-limits = Quick exit can't hide the app's name and icon, and it can't help if someone saw your screen before you pressed it.
settings-time-zone-heading = Your time zone
settings-time-zone-explainer = Your diary's days and reminder times follow this time zone.
settings-zone-europe-london = UK time (England, Scotland, Wales and Northern Ireland)
settings-zone-europe-dublin = Ireland time
settings-zone-other = Another time zone: { $zone }
settings-passcode-heading = Change your passcode
settings-passcode-current = Your passcode now
settings-passcode-new = Your new passcode (at least { $min } characters)
settings-passcode-button = Change passcode
settings-passcode-changed = Your passcode has been changed.
settings-export-heading = Take a copy of your diary
settings-export-explainer = The copy is not locked with your passcode. Anyone who can open it can read it, so you might want to keep it somewhere safe.
settings-export-json = Everything in your diary
settings-export-json-detail = Your appointments, medicines, doses, breastfeeding plan and requests for support, in one file. Your due date, your baby's date of birth and where your baby is living are left out.
settings-export-ics = Your appointments, for a calendar app
settings-export-ics-detail = A calendar file with your appointments and their reminders. Anyone who can see that calendar will see them.
settings-export-button = Share this copy
settings-directory-heading = Service directory
settings-directory-none = No service directory yet. You can add one from a file your service gives you.
settings-directory-install = Add a directory from a file
settings-directory-install-detail = The app checks that the file comes from a publisher it trusts before anything is added.
settings-directory-sample-detail = Made-up services for trying the app. They are marked as sample data wherever they show.
settings-directory-sample-would-replace = You have a service directory already. The sample would replace it, so nothing was changed.
settings-directory-update-address = Where updates come from
settings-directory-check-now = Check for an update now
settings-directory-last-checked = Last checked { $date }
settings-baby-heading = Your baby
settings-baby-explainer = This stays on this phone. It is never shared, and you can change it at any time.
settings-baby-since = Since when (you can leave this empty)
settings-baby-save = Save
settings-dates-heading = Your dates
settings-dates-due = Your due date (you can leave this empty)
settings-dates-born = Your baby's date of birth (you can leave this empty)
settings-dates-save = Save dates
settings-wipe-heading = Delete your diary
settings-forget-heading = Forget old entries
settings-forget-explainer = You can let the app forget diary entries once they are older than the time you pick. Forgotten entries are gone for good from this phone. Appointments still to come are kept.
settings-forget-never = Keep everything
settings-forget-months = { $months ->
    [one] Older than 1 month
   *[other] Older than { $months } months
}
settings-forget-preview = See what would be forgotten
settings-forget-confirm = Forget them now
settings-forget-keep = Not now
settings-forget-day = Forget this day
forget-team-note = Anything you already shared with your care team stays with them. Forgetting only clears this phone.
forget-nothing = There is nothing to forget.
forget-summary = { $appointments ->
    [one] 1 appointment
   *[other] { $appointments } appointments
}, { $doses ->
    [one] 1 dose
   *[other] { $doses } doses
} and { $requests ->
    [one] 1 request for support
   *[other] { $requests } requests for support
}, from before { $date }.
forget-day-summary = { $appointments ->
    [one] 1 appointment
   *[other] { $appointments } appointments
}, { $doses ->
    [one] 1 dose
   *[other] { $doses } doses
} and { $requests ->
    [one] 1 request for support
   *[other] { $requests } requests for support
}, on { $date }.
forget-done = Forgotten for good.
forget-ledger-summary = An entry you chose to forget
error-forget-choice = Please pick one of the times offered. Nothing was changed.

## Dates in words

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
# The command line's compact dates in lists: "Mon 23 Nov".
cli-date-short = { $weekday } { $day } { $month }
cli-weekday-short-1 = Mon
cli-weekday-short-2 = Tue
cli-weekday-short-3 = Wed
cli-weekday-short-4 = Thu
cli-weekday-short-5 = Fri
cli-weekday-short-6 = Sat
cli-weekday-short-7 = Sun
cli-month-short-1 = Jan
cli-month-short-2 = Feb
cli-month-short-3 = Mar
cli-month-short-4 = Apr
cli-month-short-5 = May
cli-month-short-6 = Jun
cli-month-short-7 = Jul
cli-month-short-8 = Aug
cli-month-short-9 = Sep
cli-month-short-10 = Oct
cli-month-short-11 = Nov
cli-month-short-12 = Dec

## Details shown with appointments, alerts and the week

alert-safety-heading = If something is wrong now
alert-sources-heading = Where this comes from
alert-checked = Checked { $reviewed }. Next check by { $review_by }.
week-busy-day =
    { $count ->
        [one] { $date }: 1 appointment
       *[other] { $date }: { $count } appointments
    }
occurrence-moved-from = Moved from { $when }
repeat-every =
    { $weeks ->
        [1] Every week
        [2] Every fortnight
       *[other] Every { $weeks } weeks
    }
repeat-until = { $every }, until { $date }
repeat-count =
    { $count ->
        [one] { $every }, once
       *[other] { $every }, { $count } times
    }
reminder-minutes-before =
    { $count ->
        [one] 1 minute before
       *[other] { $count } minutes before
    }
reminder-hours-before =
    { $count ->
        [one] 1 hour before
       *[other] { $count } hours before
    }
reminder-days-before =
    { $count ->
        [one] 1 day before
       *[other] { $count } days before
    }

## Headings and empty states for lists and settings

appointments-none = No appointments on these dates.
doses-none = No doses on these dates.
medicines-none = No medicines yet.
medicine-dose = Dose
medicine-collected = Collected
medicine-pharmacy = Pharmacy
medicine-dates = Dates
medicine-history = Dose history
appointment-where = Where
appointment-with = With
appointment-notes = Notes
appointment-reminders = Reminders
appointment-repeats = Repeats
appointment-duration =
    { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
settings-time-zone = Home time zone
settings-discreet = Discreet reminders
settings-discreet-on = On: reminders only say "You have a reminder"
settings-discreet-off = Off: reminders name the appointment or medicine

## Amounts, times and sources as the phones show them

dose-amount =
    { $unit ->
        [tablet]
            { $amount ->
                [one] { $amount } tablet
               *[other] { $amount } tablets
            }
        [microgram] { $amount } micrograms
        [ml] { $amount } ml
       *[mg] { $amount } mg
    }
time-range = { $start } to { $end }
# Clock changes. A time she types in the spring-forward gap is refused; a time that
# happens twice needs her choice; the rest say what the clocks do, so times are true.
clock-first = { $time } (before the clocks go back)
clock-second = { $time } (after the clocks go back)
clock-change-gap = The clocks go forward at { $from } on { $date }, so there is no { $time } that day. Please choose a time before { $from }, or { $until } or later. Nothing was changed.
clock-change-twice = The clocks go back at { $at } on { $date }, so { $time } happens twice that night: once before the clocks go back and once after. Please choose which { $time } you mean, the first or the second. Nothing was changed.
clock-change-moved-forward = The clocks go forward that day, so there is no { $time }. It's at { $new } instead.
clock-change-first-of-two = The clocks go back that night, so { $time } happens twice. This is the first { $time }.
clock-change-second-of-two = The clocks go back that night, so { $time } happens twice. This is the second { $time }, after the clocks go back.
clock-change-during-forward =
    The clocks go forward { $minutes ->
        [60] an hour
       *[other] { $minutes } minutes
    } at { $at } during this.
clock-change-during-back =
    The clocks go back { $minutes ->
        [60] an hour
       *[other] { $minutes } minutes
    } at { $at } during this.
dose-amount-split = { $morning } and { $evening }

## Errors, in words a person can act on

error-not-a-vault = There is no Alongside diary here yet.
error-vault-exists = There is already a diary here.
error-key-file-damaged = Your diary's key file is damaged, so the diary can't be opened.
error-vault-damaged = Part of your diary is missing or damaged, so it can't be opened. Nothing was changed, and no new diary was made in its place. If you have a full copy of your diary, you can put it back. Or you can start again with an empty diary.
error-vault-unreadable = Your diary can't be read on this version of the app.
error-locked = Your diary is locked. Please unlock it first.
error-not-found = That could not be found. It may have been deleted.
# The same, naming what could not be found ($what is a code from the core).
error-not-found-thing = { $what ->
        [appointment] That appointment could not be found. It may have been deleted.
        [medicine] That medicine could not be found. It may have been deleted.
        [care-team-contact] That care team contact could not be found. It may have been deleted.
        [sharing-agreement] That sharing agreement could not be found. It may have been stopped.
        [message] That message could not be found. It may have been deleted.
        [place] That place could not be found. It may no longer be in the directory.
        [directory] There is no service directory on this phone yet.
        [request-for-support] That request for support could not be found.
        [guidance-article] That guidance could not be found.
       *[other] That could not be found. It may have been deleted.
    }
error-storage = Couldn't save to the phone's storage. Nothing was changed.
error-too-many-attempts-seconds =
    { $seconds ->
        [one] Too many tries. You can try again in 1 second.
       *[other] Too many tries. You can try again in { $seconds } seconds.
    }
error-too-many-attempts-minutes =
    { $minutes ->
        [one] Too many tries. You can try again in 1 minute.
       *[other] Too many tries. You can try again in { $minutes } minutes.
    }
error-dose-above-zero = The dose must be a number above zero.
error-evening-dose-above-zero = The evening dose must be a number above zero.
# The command line: why a number given to an option can't be used. It follows "That
# value for --days <N> can't be used: ", so it starts in lower case.
error-option-whole-number = use a whole number, 0 or more
error-option-number = use a number, like 2.5
error-date-too-far = This date is too far away. Please check the year. Nothing was changed.

## Why something she entered can't be used (InvalidInput's reason). The field it
## concerns travels beside it, so a form can show it there.
error-appointment-needs-name = Please give the appointment a name.
error-name-too-long = Please use a shorter name ({ $max } characters at most).
error-appointment-ends-before-start = The appointment must end after it starts.
error-appointment-too-long = An appointment can last 24 hours at most.
error-too-many-reminders = Up to 5 reminders can be set.
error-reminder-too-early = A reminder can be at most 4 weeks before.
error-repeat-interval = Repeats can be every 1 to 52 weeks.
error-repeat-needs-end = A repeat needs an end: a date or a number of times.
error-repeat-too-many = A repeat can have { $max } appointments at most.
error-repeat-ends-before-start = The repeat must end on or after the first appointment.
error-date-check-year = This date is too far away. Please check the year.
error-text-too-long = This is too long ({ $max } characters at most).
error-move-by-rescheduling = To move an appointment, reschedule it to a new time.
error-mark-after-start = You can mark this once the appointment has started.
error-date-far-away = This date is too far away.
error-appointment-not-missed = This appointment isn't marked as missed.
error-rebook-only-missed = Only a missed appointment can be rebooked this way.
error-appointment-not-repeating = This appointment doesn't repeat.
error-dose-as-needed-separately = Use 'log an as-needed dose' for doses not on a schedule.
error-dose-in-future = You can log a dose on its day or afterwards.
error-dose-not-scheduled = There's no dose of this medicine scheduled then.
error-dose-taken-in-future = A dose can't be logged before it is taken.
error-before-medicine-started = This is before the medicine was started.
error-schedule-does-not-fit = This schedule doesn't fit this medicine.
error-day-of-month = Choose a day from 1 to 31.
error-evening-after-morning = The evening dose must come after the morning dose.
error-split-needs-evening = A split dose needs an evening amount.
error-evening-only-if-split = Only a split dose has an evening amount.
error-unit-does-not-fit = This unit doesn't fit this medicine.
error-dose-too-high = This dose looks too high. Please check the number.
error-medicine-needs-name = Please give the medicine's name.
error-end-before-start = The end date must be on or after the start date.
error-dose-change-outside-dates = The change must fall between the medicine's start and end dates.
error-date-out-of-range = This date is outside the range the app can handle.
error-window-ends-before-start = The end of the window must be after its start.
error-range-too-long = Please ask for 62 days or fewer at a time.
error-reminder-out-of-range = This reminder falls outside the range the app can handle.
error-unknown-question = This isn't a question the app asks.
error-not-a-public-key = This isn't a publisher's public key. Nothing was changed.
error-between = This must be between { $min } and { $max }.
error-place-not-in-directory = This place isn't in the service directory. Please choose it again.
error-choose-a-service-kind = Choose at least one kind of service.
error-contact-keys-changed-share = Their security code changed. Please check it with them before sharing.
error-sharing-already-stopped = This sharing has already stopped.
error-no-new-keys = The phone could not make new keys.
error-choose-something-to-share = Choose at least one thing to share.
error-requests-one-at-a-time = Requests for support are sent one at a time, when you choose to send one.
error-sharing-too-long = Sharing can be agreed for up to 2 years at a time.
error-invite-from-future = This invite code is dated in the future. Please check the date on both phones.
error-invite-too-old = This invite code is more than 30 days old. Please ask for a new one.
error-contact-keys-unusable = This contact's keys can't be used.
error-contact-keys-changed-send = Their security code changed. Please check it with them before sending.
error-service-takes-no-requests = This service doesn't take requests through the app. You can still call them.
error-service-untrusted = This service's details can't be trusted, so nothing was sent.
error-request-choose-need = Choose at least one thing you'd like help with.
error-request-choose-contact-way = Choose at least one way they can contact you.
error-request-needs-number = Add the number they should call or text, or choose in person only.
error-not-a-phone-number = This doesn't look like a phone number.
error-request-already-sent = This request has already been sent, so it can't be taken back. You can contact them to say you no longer need it.
error-date-after-today = This date is after today.
error-unknown-time-zone = This isn't a time zone we know. Try a name like Europe/London.
error-not-a-date = This isn't a real date. Use the form 2026-03-31.
error-not-a-time = This isn't a real time. Use the 24-hour form, like 09:30.
error-not-a-date-time = Give a date and a time, like 2026-03-31 09:30.
error-clock-unusable = The phone's clock gave a time the app can't use.
error-passcode-too-short = Please use at least 6 characters.
error-places-limit = Please ask for 1 to { $max } places.
error-days-limit = Please ask for 1 to { $max } days at a time.
error-range-limit = Please ask for { $max } days or fewer at a time.
error-text-limit = Please keep this to { $max } characters or fewer.
error-invite-not-an-invite = This isn't an Alongside invite code. Please check it with the person who gave it to you.
error-invite-incomplete = This invite code looks incomplete or has a typo. Please copy or scan it again.
error-invite-too-new = This invite code is newer than this app. Please update the app.
error-invite-untrusted = This invite code can't be trusted: it was changed after it was made. Please ask for a new one.
error-not-an-answer = This isn't one of the answers to this question.
error-choose-one-answer = Please choose one answer.
error-answer-twice = The same answer is chosen twice.
error-none-with-others = "None" or "I'd rather not say" can't be chosen with other answers.

## Setting up, starting again, and reminders on the phone

setup-passcode-again = Type the passcode again
setup-passcode-mismatch = The two passcodes didn't match. Please try again.
unlock-forgot = Forgotten your passcode?
wipe-title = Start again with an empty diary
wipe-explainer = This deletes everything in your diary on this phone. It can't be undone, and no one can get it back.
wipe-confirm = Type DELETE to confirm
# The word she must type; wipe_confirmation_accepted() compares against it.
wipe-confirm-word = DELETE
wipe-button = Delete my diary
notification-channel-name = Reminders
close-button = Close
failed-start-again = Start again with an empty diary
reminders-exact-explainer = To get reminders at the exact time, allow Alongside to set alarms in your phone's settings.
reminders-exact-button = Open settings

## Directory

directory-title = Services near you
directory-sample-badge = Sample data: made-up services for trying the app
directory-out-of-date-badge = This directory is out of date. Please check times with the service.
directory-none = No service directory yet.
directory-no-results = No services match. Try fewer words or filters.
directory-allow-sample = Show sample data
directory-hub-day = Several services meet here this day
place-where = At { $place }
place-also-there = Also here that day: { $sessions }.
place-also-there-item = { $service } ({ $time })
appointment-venue = Place from the directory
appointment-venue-hint = Choose a place from the service directory to see what else meets there that day.
category-maternity-and-specialist-midwife = Maternity and specialist midwife
category-drug-and-alcohol-treatment = Drug and alcohol treatment
category-pharmacy-supervised-consumption = Pharmacy (supervised doses)
category-gp = GP
category-health-visiting = Health visiting
category-perinatal-mental-health = Perinatal mental health
category-childrens-social-care = Children's social care
category-family-hub = Family hub or children's centre
category-residential-and-mother-and-baby-treatment = Residential and mother-and-baby treatment
category-housing = Housing
category-food = Food
category-money-and-benefits = Money and benefits
category-legal-advice-and-advocacy = Legal advice and advocacy
category-domestic-abuse = Domestic abuse support
category-sexual-health-and-contraception = Sexual health and contraception
category-infant-feeding-support = Infant feeding support
category-peer-support-and-community-groups = Peer support and community groups
category-crisis-support = Crisis support
category-support-after-removal = Support after children are taken into care
referral-self-referral = You can contact them yourself
referral-through-professional = Ask your midwife, GP or key worker to refer you
referral-either = Contact them yourself or ask a professional to refer you
access-drop-in = Drop in
access-by-appointment = By appointment
directory-every-week = Every { $days }
directory-weeks-of-month = The { $weeks } { $days } of the month
directory-week-1 = first
directory-week-2 = second
directory-week-3 = third
directory-week-4 = fourth
directory-week-5 = fifth
directory-and = { $first } and { $last }
directory-distance-km = { $km } km
directory-issued = Issued { $date }
directory-expires = Up to date until { $date }
directory-contents =
    { $services ->
        [one] 1 service
       *[other] { $services } services
    }, { $venues ->
        [one] 1 place
       *[other] { $venues } places
    }, { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    }
directory-plan-diary =
    { $count ->
        [one] You already have 1 appointment that day.
       *[other] You already have { $count } appointments that day.
    }
# The directory builder's words for the publisher, in the spreadsheets' terms.
directory-build-contents =
    { $services ->
        [one] 1 service
       *[other] { $services } services
    }, { $venues ->
        [one] 1 venue
       *[other] { $venues } venues
    }, { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    }
directory-build-problems =
    { $count ->
        [one] { $what }: 1 problem to fix. Nothing was written.
       *[other] { $what }: { $count } problems to fix. Nothing was written.
    }
directory-build-cells =
    { $cells ->
        [one] has 1 cell, but the header row has { $header }
       *[other] has { $cells } cells, but the header row has { $header }
    }
directory-summary = Services in { $area }, from { $publisher }, up to date until { $expires }
directory-summary-out-of-date = Services in { $area }, from { $publisher }. This was due to be updated on { $expires }, so please check times with the service.
directory-summary-sample = Sample services for { $area }: made-up data for trying the app
directory-refused-too-large = This file is too large to be a service directory. Nothing was changed.
directory-refused-malformed = This isn't a service directory file, or it is damaged. Nothing was changed.
directory-refused-unknown-publisher = This directory comes from a publisher the app doesn't know. Nothing was changed.
directory-refused-bad-signature = This directory has been changed since it was published, so it can't be trusted. Nothing was changed.
directory-refused-invalid = This directory has mistakes in it, so it wasn't installed. Nothing was changed.
directory-refused-rollback = This directory is older than the one you have. Nothing was changed.
directory-refused-already-installed = You already have this directory.
directory-refused-version-reused = This directory has the same version number as the one you have, but different details. The people who publish it made a mistake. You can keep using the directory you have. Nothing was changed.
directory-refused-newer-format = This directory needs a newer version of the app. Nothing was changed.
# For publishers building a directory: follows the spreadsheet's name.
directory-sheet-too-large = is larger than a whole service directory can be, so it was not read to the end

## Directory updates

directory-updates-setting = Check for directory updates
directory-updates-explained = When this is on, the app asks the address below for a newer service directory. Nothing about you is sent.
directory-update-updated = Your service directory has been updated to version { $version }.
directory-update-up-to-date = Your service directory is up to date.
directory-update-offline = Couldn't check for a newer directory just now. You can still use the one you have.
directory-update-refused = A newer directory was found, but it didn't pass the app's checks, so it wasn't installed. You can still use the one you have.
directory-update-not-enabled = Directory updates are turned off, so nothing was checked.
directory-update-url-required = Please give the address to check for updates.
directory-update-url-invalid = The app can't check this address. It needs to start with https://

## Sharing

share-category-appointments = Appointments
share-category-medicines-and-doses = Medicines and doses
share-category-breastfeeding-plan = Breastfeeding plan
share-category-support-requests = Requests for support
share-purpose-treatment = So they can care for you and your baby
share-purpose-care-coordination = So your services can work together
share-contact-display = { $name } ({ $role })
share-grant-summary-until = { $name } can see: { $what }. From { $start } to { $end }.
share-grant-summary-open = { $name } can see: { $what }. From { $start } until you stop it.
share-category-appointments-not = Appointments (not { $kinds })
share-category-appointments-only = Appointments (only { $kinds })
share-kinds-required = Choose at least one kind of appointment to share, or untick Appointments.
share-preview-heading-open = { $name } will see, from { $start } until you stop it:
share-preview-heading-until = { $name } will see, from { $start } to { $end }:
share-preview-appointments = Appointments: { $kinds }
share-preview-not-shared = { $name } will not see:
share-preview-never-notes = Your private notes. They always stay on this phone.
share-item-appointment = Appointment: { $title }, { $date } ({ $status })
share-item-medicine = Medicine: { $name }, { $dose }
share-item-dose = Dose: { $name } { $amount }, { $date }: { $state }
fhir-dose-part-taken = { $taken } taken of { $due }
fhir-dose-part-not-known = How much was taken is not known. { $due } was due.
fhir-dose-vomited = Vomited after taking { $due }. How much stayed down is not known.
share-item-hello = How { $name } can reply to you
share-item-patient = A record that stands for you, with no name or details, for { $name }
share-item-consent = Your agreement to share with { $name }
share-item-consent-stopped = You stopped sharing with { $name }
share-item-deleted = An appointment you removed
share-item-unshared = No longer shared with them: { $what }
share-item-plan = Your breastfeeding plan, made { $date }
share-item-plan-deleted = You removed your breastfeeding plan
share-status-waiting = Waiting to send since { $when }
share-status-sent = Sent { $when }
share-status-received = Received by { $name }, { $when }
share-status-never-delivered = Never delivered: on { $when } you stopped sharing before { $name } collected it, so it was deleted.
share-status-taken-back = Taken back on { $when }, before it was sent.
share-ledger-agreement = Under your agreement of { $date }: { $what }
share-ledger-one-off = Your one-off yes to sending this, { $date }
sync-sent = { $count ->
    [one] Sent 1 update.
   *[other] Sent { $count } updates.
}
sync-waiting = { $count ->
    [one] 1 is waiting and will go when you are online.
   *[other] { $count } are waiting and will go when you are online.
}
sync-received = { $count ->
    [one] 1 new message from your team.
   *[other] { $count } new messages from your team.
}
sync-received-services = { $count ->
    [one] 1 new message about your request for support.
   *[other] { $count } new messages about your requests for support.
}
care-team-proposal = { $name } suggests: { $title }, { $date }, { $start } to { $end }
share-ready-to-send =
    { $count ->
        [0] Nothing is waiting to send
        [one] 1 item is ready to send
       *[other] { $count } items are ready to send
    }
team-acknowledged =
    { $count ->
        [one] Acknowledged 1 item.
       *[other] Acknowledged { $count } items.
    }
# For a care-team member using `alongside team`: a file in their folder is far too large to be one it wrote.
team-file-too-large = A file in this care-team folder is too large to be one this tool wrote, so it wasn't read. Nothing was changed.
share-status-withdrawn = Not sent: on { $when } you stopped sharing before it went.
share-revoked = Sharing with { $name } has stopped. Nothing more will be sent. What they already received stays in their records; you can ask them about it.
share-item-support-request = Request for support to { $name }: { $needs }. You agreed to send this once.

## The care team's side (`alongside team`): staff-facing words, under the same rules.

team-opened = { $count ->
    [one] 1 new item opened.
   *[other] { $count } new items opened.
}
team-woman-records = { $records ->
    [one] Woman { $woman }: 1 record
   *[other] Woman { $woman }: { $records } records
}
team-woman-records-removed = { $records ->
    [one] Woman { $woman }: 1 record, { $removed } removed
   *[other] Woman { $woman }: { $records } records, { $removed } removed
}
team-woman-new = New: you have not accepted her yet. Compare this safety number with her in person: { $number }
team-woman-accept-hint = When it matches, accept her: { $command }
team-request-answer = To answer: { $command }
team-request-answer-words = To send a few words with your answer, add --message and your words in quotes.
team-receipt-failed = Couldn't tell woman { $woman }'s phone that her request arrived: her relay didn't take it. It will be tried again at the next pull.
team-receipt-held = Woman { $woman }'s phone asked for replies at { $relay }, which is not your relay, so nothing was sent there. If she confirms that address with you in person: { $command }
team-receipt-unusable = Woman { $woman }'s phone asked for replies at an address that can't be used, so nothing was sent.
team-reply-held = Her phone asked for replies at a relay that is not yours, so nothing was sent. If she confirms that address with you in person: { $command }
team-reply-unusable = Her phone asked for replies at an address that can't be used, so nothing was sent.
team-accepted = Woman { $woman } is accepted and no longer shown as new.
team-relay-approved = Replies and receipts may now go to { $relay }.
team-cli-invite = Give her this invite code (or show it as a QR code):
team-cli-invite-failed = Can't make an invite: { $reason }.
team-cli-proposal-sent = Proposal sent.
# A record she shared and later removed, in the list of what she shared.
team-cli-removed = removed
team-cli-requests-waiting = Requests for support waiting for an answer ({ $count }), most urgent first:
team-cli-request = { $priority } from woman { $woman }, sent { $sent }, reply by { $by }:
team-relay-refused = That address can't be used for replies. It must start with https:// (or http:// for this computer only).
team-no-woman = No woman with that id here. To see who has shared with you: { $command }

## Requests for support

support-need-someone-to-talk-to = Someone to talk to
support-need-mental-health-support = Support with my mental health
support-need-postnatal-check = My postnatal check
support-need-childrens-services-next-steps = Help understanding what happens next with children's services
support-need-legal-advice = Legal advice
support-need-peer-support = Peer support from other mothers
support-need-housing-or-money = Help with housing or money
support-need-contact-arrangements = Help with contact arrangements
support-need-staying-safe-from-someone = Support to stay safe from someone
support-method-call = Phone call
support-method-text = Text message
support-method-in-person = In person
support-safe-time-mornings = Mornings
support-safe-time-afternoons = Afternoons
support-safe-time-evenings = Evenings
support-safe-time-weekends = Weekends
support-safe-time-any = Any time
support-urgency-today = Today
support-urgency-this-week = This week
support-request-topic = Request for support
support-line-needs = I would like: { $needs }
support-line-name = Please call me: { $name }
support-line-methods = You can contact me by: { $methods }
support-line-phone = My number: { $phone }
support-line-times = Safe times to contact me: { $times }
support-line-message-ok = You can leave a message.
support-line-message-no = Please don't leave a message.
support-line-urgency = How soon: { $urgency }
support-line-note = From me: { $note }
support-preview-heading = This is exactly what { $name } will see:
support-preview-not-sent = Nothing else is sent. Your diary, your medicines, where your baby is living and your name (unless you added it) stay on this phone.
support-preview-consent = Sending this is your yes to { $name } seeing this request, once. It doesn't share anything else, and it is listed in what you've shared.
support-recipient-care-team = From your care team
support-recipient-service = { $organisation }: { $what }
support-state-waiting = Waiting to send. It will go next time you have signal.
support-state-sent = Sent to { $name }. Waiting for them to open it.
support-state-received = { $name } has received it.
support-state-answered = { $name } has answered.
support-state-cancelled = You took this back before it was sent.
support-open = Ask for support
support-form-title = Ask for support
support-form-who = Who should receive it?
support-form-needs = What would you like help with?
support-form-how = How can they contact you?
support-form-phone = Your number
support-form-name = What should they call you? (you can leave this empty)
support-form-times = When is it safe to contact you?
support-form-leave-message = They can leave a message
support-form-soon = How soon?
support-form-note = Anything else they should know (you can leave this empty)
support-form-preview = See exactly what will be sent
support-form-send = Send it
support-form-change = Change something
support-form-close = Back
support-requests-title = Requests you've sent
support-request-take-back = Take it back
support-crisis-button = I'm not safe right now
support-crisis-call = Call
sharing-open = Sharing with your team
sharing-title = Sharing with your team
sharing-pair-heading = Add someone from your care team
sharing-pair-code = Their invite code
sharing-pair-button = Add them
sharing-contacts = Your care team
sharing-safety = Compare this number with them in person:
sharing-matches = It matches
sharing-verified = You checked this number with them.
sharing-frozen = Their security code changed. Check it with them before anything more is sent.
sharing-choose = What to share with them, from today until you stop it:
sharing-kinds = Which appointments:
sharing-preview-button = See what they will see
sharing-change = Change something
sharing-why = Why you're sharing:
sharing-share-button = Share with them
sharing-agreements = What you share
sharing-stop = Stop sharing
sharing-sync = Send now and check for replies
sharing-ledger = What you've shared
sharing-messages = Suggestions from your team
sharing-accept = Add to my diary
sharing-dismiss = Not now
sharing-close = Back

## Guidance
## The decision aid's questions (ids bf-question-<question>) and answers
## (bf-answer-<question>-<answer>), and the words around articles and the plan. The
## guidance itself is in content/guidance/.

guidance-title = Guidance
guidance-contacts-title = Support and crisis contacts
guidance-contact-inline = { $name } on { $number }
guidance-contact-region = Covers: { $region }
guidance-bf-title = Breastfeeding and your medicine
guidance-bf-intro = Answer only what you want to. You can skip any question. Your answers stay on your phone.
guidance-choose-any = Choose all that apply.
guidance-not-answered = Not answered
guidance-reasons-heading = Why
guidance-ask = You can ask { $who }.
guidance-uncertain = The experts are not sure about this, or they do not agree.
guidance-review-overdue = This advice was due to be checked again. Please ask your team if anything has changed.
guidance-plan-title = My breastfeeding plan
guidance-plan-made = Made on { $date }
guidance-plan-none = You have not made a breastfeeding plan yet.
guidance-plan-save = Save as my plan
guidance-plan-delete = Delete my plan
guidance-plan-show-staff = You can show this to your midwife, health visitor or doctor.
guidance-plan-changed = The advice has changed since you made this plan. You might want to make it again.
guidance-plan-answers-heading = What I told the app
guidance-plan-said-heading = What the app said

bf-question-medicine = Which medicine do you take for opioid treatment?
bf-answer-medicine-methadone = Methadone
bf-answer-medicine-buprenorphine = Buprenorphine
bf-answer-medicine-buprenorphine-naloxone = Buprenorphine with naloxone
bf-answer-medicine-buprenorphine-injection = Long-acting buprenorphine injection
bf-answer-medicine-none = None of these
bf-answer-medicine-prefer-not-to-say = I'd rather not say

bf-question-dose-stable = Is your dose steady at the moment?
bf-answer-dose-stable-yes = Yes, it is steady
bf-answer-dose-stable-no = No, it is changing
bf-answer-dose-stable-prefer-not-to-say = I'd rather not say

bf-question-dose-after-birth = Since your baby was born, did you start methadone or buprenorphine, or has your dose gone up a lot?
bf-hint-dose-after-birth = Please also say yes if you now take more than 100 mg of methadone a day.
bf-answer-dose-after-birth-yes = Yes
bf-answer-dose-after-birth-no = No, or my baby is not born yet
bf-answer-dose-after-birth-prefer-not-to-say = I'd rather not say

bf-question-other-substances = Are you using anything else at the moment?
bf-answer-other-substances-none = Nothing else
bf-answer-other-substances-alcohol = Alcohol
bf-answer-other-substances-tobacco-or-vaping = Tobacco or vaping
bf-answer-other-substances-cannabis = Cannabis
bf-answer-other-substances-cocaine-or-crack = Cocaine or crack
bf-answer-other-substances-amphetamines = Amphetamines (speed)
bf-answer-other-substances-benzodiazepines-not-prescribed = Benzodiazepines or sedatives not prescribed for you
bf-answer-other-substances-opioids-not-prescribed = Heroin or other opioids not prescribed for you
bf-answer-other-substances-prefer-not-to-say = I'd rather not say

bf-question-prescribed-benzodiazepines = Are you prescribed a benzodiazepine, like diazepam?
bf-answer-prescribed-benzodiazepines-yes = Yes
bf-answer-prescribed-benzodiazepines-no = No
bf-answer-prescribed-benzodiazepines-prefer-not-to-say = I'd rather not say

bf-question-hiv = What is your HIV status?
bf-answer-hiv-negative = Negative
bf-answer-hiv-positive = Positive
bf-answer-hiv-not-known = I don't know
bf-answer-hiv-prefer-not-to-say = I'd rather not say

bf-question-hep-c-cracked-nipples = Do you have hepatitis C and cracked or bleeding nipples?
bf-answer-hep-c-cracked-nipples-yes = Yes
bf-answer-hep-c-cracked-nipples-no = No
bf-answer-hep-c-cracked-nipples-prefer-not-to-say = I'd rather not say

bf-question-baby = Is any of this true for your baby?
bf-answer-baby-in-hospital-for-withdrawal = In hospital being treated for withdrawal
bf-answer-baby-premature = Born early (premature)
bf-answer-baby-not-in-her-care = Being looked after by someone else
bf-answer-baby-none = None of these
bf-answer-baby-prefer-not-to-say = I'd rather not say

## Content updates (signed, like the directory)

content-refused-too-large = This file is too large to be a guidance update. Nothing was changed.
content-refused-malformed = This isn't a guidance update, or it is damaged. Nothing was changed.
content-refused-unknown-publisher = This update comes from a publisher the app doesn't know. Nothing was changed.
content-refused-bad-signature = This update has been changed since it was published, so it can't be trusted. Nothing was changed.
content-refused-invalid = This update has mistakes in it, so it wasn't installed. Nothing was changed.
content-refused-rollback = This update is older than the guidance you have. Nothing was changed.
content-refused-already-installed = You already have this guidance.
content-refused-newer-format = This update needs a newer version of the app. Nothing was changed.

## Support after a baby is taken into care

baby-status-with-her = Your baby is with you
baby-status-taken-into-care = Your baby was taken into care
baby-status-living-with-family = Your baby is living with family
baby-status-other = Your baby is being looked after by someone else
baby-status-since = Since { $date }
baby-status-with-her-message = You can change this at any time. It stays on this phone.
baby-status-support-message = We're so sorry. You are still your baby's mother, and your own care matters too. The app will stop baby-feeding prompts and show support for you instead. This stays on this phone: nothing has been sent to anyone.
her-dates-due = Due date: { $date }
her-dates-born = Your baby's date of birth: { $date }
her-dates-message = These dates stay on this phone. They are never shared and are not in your export. You can change or clear them at any time.
her-dates-born-after-today = A date of birth can't be after today. Please check it. Nothing was changed.
her-dates-born-long-ago = This date is more than 3 years ago. Please check it. Nothing was changed.
her-dates-due-too-far = A due date is never more than 10 months ahead. Please check it. Nothing was changed.
her-dates-due-long-past = This due date is more than 2 years ago. Please check it. Nothing was changed.
her-dates-do-not-fit = This date of birth is too far from the due date. Please check both dates. Nothing was changed.
support-crisis-heading = If you are not safe right now
support-crisis-intro = You don't need signal to see these numbers. If you are in danger now, call { $emergency }.

## Support mode: while her baby is not with her, the app changes gently around her own
## care. She is still a mother and still a postnatal patient: no words here may say or
## imply otherwise (core/tests/support_mode.rs checks every one).

support-today-heading = Care for you
support-today-intro = Your own care matters. Here are some things you might want, when you feel ready. You can leave any of them for now.
support-offer-read = Read more
support-offer-postnatal-check-title = Your 6 to 8 week check
support-offer-postnatal-check-body = This check is for you, and you can still have it while your baby is being looked after by someone else. You might want to book it with your GP.
support-offer-postnatal-check-action = Add it to your diary
support-offer-postnatal-check-with = Your GP
support-offer-postnatal-check-window = It is best between { $from } and { $until }, 6 to 8 weeks after your baby's birth.
support-offer-postnatal-check-window-past = It was due between { $from } and { $until }. It is not too late to have it.
support-offer-postnatal-check-no-date = If you'd like, you can tell the app your baby's date of birth. It will then show when the check is due.
support-offer-body-and-milk-title = Your body and breast milk
support-offer-body-and-milk-body = Your body may still be making milk. There are gentle ways to feel more comfortable, and to stop or keep expressing safely.
support-offer-mental-health-title = How you are feeling
support-offer-mental-health-body = This is a very hard time, and you don't have to cope alone. If you'd like to talk, your GP, midwife or a mental health team can help.
support-offer-contraception-title = Contraception, if you want it
support-offer-contraception-body = There is no rush and no pressure. If and when you'd like to talk about it, your GP or a sexual health clinic can help.
support-offer-medication-title = Your medicine and staying safe
support-offer-medication-body = Hard times and missed doses can make overdose more likely. You might want to keep naloxone close, and talk to your key worker or prescriber.
support-family-time-next = Next family time: { $date }, { $time }
support-services-near = { $distance } away

# Phone: services screen

services-screen-open = Services near you
services-screen-title = Services near you
services-screen-none-help = When a service directory is added to the app, services in your area will show here. You can still use the rest of the app.
services-screen-search-label = What are you looking for? You can leave this empty.
services-screen-search-button = Search
services-screen-categories = The kinds of help you'd like (choose none to see all)
services-screen-results = Services
services-screen-hubs-heading = Places where several services meet
services-screen-hubs-intro =
    { $days ->
        [14] Over the next two weeks. One trip to one of these places can cover more than one thing.
       *[other] Over the next { $days } days. One trip to one of these places can cover more than one thing.
    }
services-screen-no-hubs =
    { $days ->
        [14] No places found for the next two weeks.
       *[other] No places found for the next { $days } days.
    }
services-screen-no-place = No regular place. You can contact them by phone or online.
services-screen-see-place = See this place
services-screen-see-service = See more about this service
services-screen-where = Where and when
services-screen-meets-here = What meets here
services-screen-step-free = Step-free access
services-screen-getting-there = Getting there
services-screen-languages = Languages
services-screen-website = Website
services-screen-back = Back to services
services-screen-close = Back to Today

# Phone: guidance screens
# The guidance list, an article, the support lines, and the breastfeeding questions with
# her plan, on both phones. The articles, questions, advice and contacts bring their own
# words; these are only the words around them.

guidance-screen-open = Guidance and support lines
guidance-screen-back = Back
guidance-screen-intro = Information you can read at any time. It stays on your phone and works with no signal.
guidance-screen-contacts-open = Support and crisis lines
guidance-screen-bf-open = Breastfeeding questions
guidance-screen-bf-open-hint = A few questions, then what the guidance says for you. You can skip any of them.
guidance-screen-contacts-heading = Who you can call
guidance-screen-call = Call
guidance-screen-contacts-intro = You can call any of these lines. You don't need to know what to say.
guidance-screen-see-advice = See what the guidance says
guidance-screen-change-answers = Change my answers
guidance-screen-plan-open = See my plan
guidance-screen-plan-hide = Hide my plan
guidance-screen-plan-saved = Your plan is saved on this phone.
guidance-screen-plan-deleted = Your plan has been deleted from this phone.
guidance-screen-plan-delete-confirm = Delete your plan from this phone? You can make a new one at any time.
guidance-screen-plan-keep = Keep my plan

## The command line (`alongside`): what it prints, in the same reviewed words as the
## phones. Messages are trimmed, so the CLI adds a prompt's trailing space and a line's
## indent itself.

cli-prompt-passcode = Passcode:
cli-prompt-current-passcode = Current passcode:
cli-prompt-choose-passcode = Choose a passcode:
cli-prompt-new-passcode = New passcode:
cli-prompt-passcode-again = Type it again:
cli-error-no-passcode = Couldn't read a passcode. Type it at the prompt, or set { $variable }.
cli-init-ready =
    Your vault is ready in { $folder }.
    Only your passcode opens it. Please keep it somewhere safe: it can't be recovered.
cli-passcode-changed = Your passcode has been changed. Use the new one from now on.
cli-wiped = Your vault has been wiped. Nothing in it can be read again.
cli-wipe-confirm =
    This destroys your vault and everything in it. It can't be undone.
    Type { $word } to go ahead:
cli-demo-in-folder = A demo fortnight with made-up data is in { $folder }.
cli-demo-throwaway = A demo with made-up data, in a throwaway vault that is removed afterwards.

cli-logged = Logged.
cli-doses-none = No doses from { $from } to { $to }.
# Joining words in lists: "Taken at Mon 23 Nov, 08:41", "at Family hub", "with Maya".
cli-at-time = at { $time }
cli-unknown-time = an unknown time
cli-note = note: { $note }
cli-from = from { $when }
cli-at-place = at { $place }
cli-with-whom = with { $who }
cli-repeats = repeats
cli-id = id { $id }

cli-added = Added. Its id is { $id }.
cli-saved-changes = Saved your changes.
cli-status-saved = Saved. Status: { $status }.
cli-status-saved-missed = Saved. Status: { $status }. Today will offer to book a new time.
cli-moved = Moved to the new time.
cli-moved-series = Moved to the new time. The later dates now have the id { $id }.
cli-cancelled = Cancelled.
cli-deleted = Deleted.
cli-rebooked = Booked. The new appointment's id is { $id }.
cli-rebook-not-now = OK, not now. You can still book a new time whenever you like.
cli-appointments-none = No appointments from { $from } to { $to }.
# One appointment's details; the labels are padded to line up in the terminal.
cli-show-starts = Starts
cli-show-starts-value = { $start } ({ $zone }), for { $duration }
cli-show-repeats = Repeats
cli-show-repeats-value = { $repeat } ({ $count } in all)
cli-show-where = Where
cli-show-venue = Venue
cli-show-venue-value = { $venue } (from the service directory)
cli-show-with = With
cli-show-reminders = Reminders
cli-show-notes = Notes
cli-show-id = id

cli-dose-changed = Saved the new dose. Your earlier doses are kept in the history.
cli-medicine-stopped = Saved: the last day is { $date }.
cli-medicines-none = No medicines yet. Add one with `alongside medicine add`.
# A medicine's details; the labels are padded to line up in the terminal.
cli-medicine-dose = Dose
cli-medicine-collected = Collected
cli-medicine-pharmacy = Pharmacy
cli-medicine-dates-label = Dates
cli-medicine-dates = { $from } to { $to }
cli-medicine-since = since { $from }
cli-medicine-history = History
# Why a value given to an option can't be used. Each follows "That value for --split
# <TIMES> can't be used: ", so it starts in lower case.
cli-option-split = give two times with a comma, like 08:30,19:00
cli-option-weekly = use a day and a time, like mon@10:00
cli-option-monthly = use a day number and a time, like 14@10:00
cli-option-weekdays = use day names like mon or saturday
cli-option-now = use an RFC 3339 time with an offset, like 2026-11-23T09:00:00Z
cli-option-remind = use a form like 90m, 2h or 1d
cli-option-occurrence = use an id from a list, like ID or ID#2

# When the command line itself can't be understood. These never repeat what she typed:
# $option is the option's name ("--days <N>"), $reason is one of the cli-option-* or
# error-option-* messages, and $choices lists the values the option takes.
cli-usage-an-option = an option
cli-usage-bad-value = That value for { $option } can't be used
cli-usage-bad-value-reason = That value for { $option } can't be used: { $reason }
cli-usage-choices = Choose one of: { $choices }
cli-usage-not-understood = Some of this command line couldn't be understood. If a value has spaces, put it in quotes.
cli-usage-unknown-command = That isn't a command alongside knows.
# Followed by the options still needed, one a line, then the usage line.
cli-usage-missing = Nothing was done. This command also needs:
cli-usage-conflict = { $option } can't be used together with { $other }. Nothing was done.
# $usage is the command with its options, as clap writes it.
cli-usage-line = Usage: { $usage }
cli-usage-more = For more information, try '--help'.

cli-reminders-heading = Reminders from { $from } to { $to }
cli-reminders-none = None in this window.
cli-saved = Saved.
# Settings, with labels padded to line up in the terminal.
cli-settings-time-zone = Home time zone
cli-settings-discreet = Discreet reminders
cli-settings-discreet-on = on (reminders only say "You have a reminder")
cli-settings-discreet-off = off (reminders name the appointment or medicine)
cli-export-saved = Saved. This copy is not encrypted, so please keep it somewhere safe.
cli-plan-saved = Saved as your plan. See it again with: alongside guidance plan
cli-plan-hint-save = To keep this as your plan, to show staff, add --save.

cli-today-mark-hint = You can mark these: alongside appointment status ID attended (or missed)
# Under a warning, after the phones' "If something is wrong now" and "Where this comes from".
cli-alert-checked-due = Checked { $reviewed }; next check due by { $review_by }.
cli-alert-checked = Checked { $reviewed }.

cli-share-paired = Paired with { $name } ({ $role }). Contact id: { $id }
cli-share-compare = Compare this safety number with them in person:
cli-share-keys-changed = Their keys changed: nothing is sent until you check it again.
cli-share-state-keys-changed = keys changed: check the safety number again
cli-share-state-checked = safety number checked
cli-share-state-not-checked = safety number not checked yet
cli-share-stopped = [stopped]
cli-share-no-contacts = No care-team contacts yet. Pair with: alongside share pair CODE
cli-share-checked = Marked as checked.
cli-share-preview-only = Nothing has been agreed. To agree, run the same command without --preview.
# After share-ready-to-send ("1 item is ready to send"): the command that sends it.
cli-share-send-with = { $ready }: alongside share sync
cli-share-agreement-id = Agreement id: { $id }
cli-share-ledger-empty = Nothing has been shared.
cli-share-no-messages = No new messages from your team.
cli-share-accepted = Added to your diary. Appointment id: { $id }

cli-option-near = should be two numbers with a comma between, like 53.0,-1.5
cli-sample-services = Sample data: these services are made up, for trying the app.
cli-sample-mark = (sample data)
cli-services-none = No services found. Is a service directory installed?
cli-phone = Phone: { $phone }
cli-request-to = to { $name }
cli-request-reply = Their reply: { $answer }
cli-request-nobody = Nobody to send a request to yet: pair with your care team, or install a directory with services that take requests.
cli-request-preview-only = Nothing has been sent. To send it, run the same command again with --yes.
cli-requests-none = You haven't sent any requests for support.

# The service directory on the command line: hers (import, status, sample data, updates),
# then the publisher's tools (keygen, build, verify), which use the spreadsheets' terms.
cli-directory-allow-sample-hint = If this is the made-up sample directory, you can allow it with: alongside directory sample-data on
cli-directory-installed = Installed.
cli-directory-none = No service directory is installed. You can add one with: alongside directory import FILE
cli-directory-sample-on = Sample data is on: the made-up Sampleton directory can be installed, for trying the app.
cli-directory-sample-off = Sample data is off: only directories from trusted publishers can be installed.
cli-directory-publisher = Publisher: { $publisher } (fingerprint { $fingerprint })
cli-directory-version = Version { $version }. { $issued }. { $expires }.
cli-directory-updates-on = Directory updates are on, from { $url }
cli-directory-updates-off = Directory updates are off: nothing is sent over the network.
cli-directory-no-match = No services match. You might try fewer words or filters.
cli-directory-no-hubs = No place has two or more of these services on the same day in these dates.
cli-directory-no-trips = None of these services meet in these dates. You might try more days.
cli-directory-no-places = No places found. Is a service directory installed?
cli-directory-trip = Trip { $number }: { $date }, { $place }
cli-directory-covers = Covers: { $needs }
cli-directory-still-to-find = Still to find: { $needs }
cli-directory-step-free = step-free
cli-option-category = isn't a category (the list is in `alongside directory build --help`)
cli-keygen-made = Made a new publisher key.
# Padded to line up in the terminal.
cli-keygen-public-key = Public key:
cli-keygen-fingerprint = Fingerprint:
cli-keygen-keep-secret = The file holds your secret key. Keep it offline and private; share only the public key.
cli-build-built = Built { $area } version { $version }.
cli-build-built-sample = Built { $area } version { $version } (sample data).
# $contents is directory-build-contents ("45 services, 14 venues, 73 sessions").
cli-build-dates = { $contents }. Issued { $issued }, out of date after { $expires }.
cli-build-signed = Signed by { $publisher } (fingerprint { $fingerprint }).
cli-build-written = Written to { $file } ({ $bytes } bytes).
# Why a directory can't be built or would be refused: each is directory-build-problems'
# $what, then the problems one a line, each after the place to fix it ("services.csv,
# line 4, category: ..."), so those start in lower case.
cli-build-refused = The directory can't be built
cli-build-command-line = command line
# The place of a problem in a spreadsheet: "services.csv, line 4, category".
cli-build-line = line { $line }
cli-build-too-large = the bundle would be larger than the { $bytes } bytes apps accept
cli-build-file-unopened = couldn't be opened
cli-build-header-unreadable = has a header row that couldn't be read (please save as UTF-8 CSV)
cli-build-column-missing = is missing from the header row
cli-build-column-unknown = is not a column this tool reads
cli-build-row-unreadable = couldn't be read (please save as UTF-8 CSV)
cli-build-category-empty = is empty (the list is in `alongside directory build --help`)
cli-build-category-unknown = { $value } is not a known category (the list is in `alongside directory build --help`)
cli-build-referral = must be self_referral, through_professional or either
cli-build-access = must be drop_in or by_appointment
cli-build-not-a-number = { $value } is not a number
cli-build-yes-no = must be yes or no
cli-build-day-twice = has { $value } twice
cli-build-not-a-day = { $value } is not a day (use mon, tue, wed ...)
cli-build-not-a-week = { $value } is not a week number (use 1 to 5, like 1;3)
cli-verify-refused = This bundle would be refused
cli-verify-refused-because = This bundle would be refused: { $reason }.
cli-verify-unreadable-inside = the signature is good, but the directory inside isn't one this app can read
# Where a problem is in a bundle: "services record 3" ($table is services, venues or sessions).
cli-verify-record = { $table } record { $number }
cli-verify-sound = The bundle is sound: its signature matches and every record checks out.
# Padded to line up in the terminal.
cli-verify-publisher = Publisher:
cli-verify-area = Area:
cli-verify-version = Version:
cli-verify-issued = Issued:
cli-verify-expires = Expires:
cli-verify-contents = Contents:
cli-verify-expired = { $date } (out of date now; apps still use it, marked as out of date)
cli-verify-sample = This is sample data, made up for demonstrations.
cli-verify-signed = Signed by: { $key } (fingerprint { $fingerprint })
cli-verify-not-pinned = This key was not checked against a list of trusted publishers. Compare the fingerprint with the publisher's, or use --trust.

## The command line's help (`alongside --help`, `alongside COMMAND --help`): ids name the
## command and then the option (cli-help-appointment-add--title). A short help has no
## full stop at its end, as clap shows it; a "-long" message is the whole text for --help.

cli-help-about = Alongside keeps your appointments, medicines and doses private, on this computer only
cli-help-about-long =
    Alongside keeps your appointments, medicines and doses private, on this computer only.

    Everything is kept in an encrypted vault, opened with your passcode. Set ALONGSIDE_PASSCODE to avoid the prompt (for scripts). Try `alongside demo` to see it with made-up data.
cli-help-global-options = Global options
# $variable is the environment variable that names the folder ($ALONGSIDE_VAULT).
cli-help--vault = The folder your vault is kept in. Default: { $variable }, or "alongside/vault" in your data folder
cli-help--json = Print JSON for scripts instead of text. Errors are JSON too, on stderr
cli-help--now = Act as if it were this moment (RFC 3339, like 2026-11-23T09:00:00Z), for repeatable runs and tests. Default: the computer's clock
cli-help-init = Make a new vault and choose its passcode (you'll be asked twice; or set ALONGSIDE_PASSCODE, or pipe it in on a line)
cli-help-appointment = Add, see and change your appointments
cli-help-medicine = Add your medicines and record dose changes
cli-help-dose = Record doses you've taken or missed, and see your dose log
cli-help-today = What's on today: appointments, doses, anything that needs you, and your week
cli-help-diary = Your diary a week (or a month) at a time, day by day, with what needs you
cli-help-reminders = The reminders a phone would show in a window of time
cli-help-export = Save a copy of everything (JSON), or your appointments for a calendar app (--ics)
cli-help-passcode = Change your passcode
cli-help-settings = See or change your settings (time zone, discreet reminders)
cli-help-wipe = Destroy the vault and everything in it. Works without the passcode
cli-help-forget = Forget diary entries for good: older than a time you pick, one day, or one appointment. Shows what would go first
cli-help-demo = Show Alongside with a made-up fortnight, in a throwaway vault unless you give --vault
cli-help-directory = Local services and where they meet: build, check and use a signed service directory
cli-help-guidance = Guidance you can trust: breastfeeding on your medicine, withdrawal in babies, safe sleep, and more, with where each point comes from. Support and crisis contacts too
cli-help-share = Share with your care team, only what you agree to: pair, agree, stop, sync, and see everything that was shared
cli-help-team = For care-team members: make an invite code, pull and read what women share with you, export it as FHIR, and reply
cli-help-support = Support for you if your baby is not with you, and crisis numbers if you are not safe right now (`alongside support crisis` needs no passcode)
cli-help-when-clock-change-first = The first one, before the clocks go back
cli-help-when-clock-change-second = The second one, after the clocks have gone back
cli-help-passcode-change = Change your passcode. You'll be asked for the current one, then the new one twice (or set ALONGSIDE_PASSCODE and ALONGSIDE_NEW_PASSCODE, or pipe them in one a line: current, new, and optionally the new one again)
cli-help-reminders--from = Start of the window: "YYYY-MM-DD", "YYYY-MM-DD HH:MM" (your time zone) or RFC 3339. Default: now
cli-help-reminders--to = End of the window, in the same forms
cli-help-reminders--days = Length of the window in days (default 14)
cli-help-support-request-request--to = Who receives it: `care:ID` (from `alongside share list`) or `service:ID` (from `alongside support recipients`)
cli-help-support-request-request--needs = What you'd like help with (repeat for more than one)
cli-help-support-request-request--methods = How they may contact you (repeat for more than one)
cli-help-support-request-request--phone = The number to call or text
cli-help-support-request-request--name-to-use = What they should call you (leave out to send no name)
cli-help-support-request-request--safe-times = When it is safe to contact you (repeat; leave out for any time)
cli-help-support-request-request--leave-message = They may leave a message
cli-help-support-request-request--urgency = How soon you'd like to hear back
cli-help-support-request-request--note = Anything else, in your words
cli-help-support-request-request--yes = Send it. Without this, you only see exactly what would be sent
cli-help-support-request-cancel--request = The request's id, from `alongside support requests`
cli-help-guidance-breastfeeding-breastfeeding--medicine = methadone, buprenorphine, buprenorphine-naloxone, buprenorphine-injection, none, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--dose-stable = Is your dose steady at the moment? yes, no, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--dose-after-birth = Since your baby was born, did you start methadone or buprenorphine, or has your dose gone up a lot (or is your methadone more than 100 mg a day)? yes, no, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--other-substances = Anything else now, comma-separated: none, alcohol, tobacco-or-vaping, cannabis, cocaine-or-crack, amphetamines, benzodiazepines-not-prescribed, opioids-not-prescribed, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--prescribed-benzodiazepines = yes, no, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--hiv = negative, positive, not-known, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--hep-c-cracked-nipples = Hepatitis C with cracked or bleeding nipples: yes, no, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--baby = Your baby, comma-separated: in-hospital-for-withdrawal, premature, not-in-her-care, none, prefer-not-to-say
cli-help-guidance-breastfeeding-breastfeeding--save = Keep this as your breastfeeding plan, in your vault (replaces any earlier plan)
cli-help-guidance-list = Every guidance article: its id, title and a short summary
cli-help-guidance-show = Read one article (the id comes from `alongside guidance list`)
cli-help-guidance-contacts = Crisis and support phone lines, with when they answer
cli-help-guidance-breastfeeding = Breastfeeding on methadone or buprenorphine: answer what you want to and get a clear answer, with the reasons and where they come from. Add --save to keep it as your plan, to show staff
cli-help-guidance-plan = Your saved breastfeeding plan, as a card you can show staff
cli-help-guidance-show--id = The article's id, like "nows" or "safe-sleep"
cli-help-support-status = Where your baby is living, as you have told the app. Only on this computer
cli-help-support-dates = Your due date and your baby's date of birth, as you have told the app. Only on this computer; never shared
cli-help-support-crisis = If you are not safe right now: who to call, day or night. Needs no passcode
cli-help-support-offers = While your baby is not with you: what the app offers for your own care, and your next family time
cli-help-support-services = Services for support after a baby is taken into care, nearest first with --near
cli-help-support-recipients = Who you can send a request for support to
cli-help-support-request = Ask for support: shows exactly what would be sent; add --yes to send it
cli-help-support-requests = The requests you've sent, and how far each has got
cli-help-support-cancel = Take back a request that hasn't been sent yet
cli-help-support-status--set = Change it. Nothing is sent anywhere because of this
cli-help-support-status--since = From when, "YYYY-MM-DD"
cli-help-wipe--yes = Don't ask for confirmation
cli-help-forget--older-than = Forget entries from before this many months ago (1, 3, 6 or 12)
cli-help-forget--day = Forget everything on this day, "YYYY-MM-DD"
cli-help-forget--appointment = Forget this appointment (all its dates, or one with --occurrence)
cli-help-forget--occurrence = Only this date of the appointment (its number in the series, from 0)
cli-help-forget--after = From now on, forget entries once they are this many months old (0 keeps everything)
cli-help-forget--yes = Forget them now. Without it, you only see what would go
cli-forget-add-yes = Add --yes to forget them for good.
cli-help-export--ics = Export your appointments as an iCalendar (.ics) file for a calendar app, instead of everything as JSON
cli-help-export--out = Write to this file instead of the screen. The copy is not encrypted: keep it safe
cli-help-share-pair = Pair with a care-team member from the invite code they gave you
cli-help-share-list = Your care-team contacts and what you share with each
cli-help-share-safety-number = The safety number to compare with a contact, in person
cli-help-share-verify = Say you compared the safety number and it matched
cli-help-share-grant = Agree to share some of your records with a contact, for a period
cli-help-share-stop = Stop sharing under an agreement. What they already received stays with them
cli-help-share-sync = Send what is waiting and collect replies
cli-help-share-ledger = Everything shared: with whom, when, under which agreement
cli-help-share-messages = Appointments your team has suggested
cli-help-share-accept = Add a suggested appointment to your diary
cli-help-share-pair--code = The invite code, as given (spaces and line breaks are fine)
cli-help-share-contact--contact = The contact's id, from `alongside share list`
cli-help-share-message--message = The message's id, from `alongside share messages`
cli-help-share-stop--agreement = The agreement's id, from `alongside share list`
cli-help-share-grant--contact = The contact's id, from `alongside share list`
cli-help-share-grant--what = What to share; repeat for more than one
cli-help-share-grant--from = The first date covered, "YYYY-MM-DD". Default: today
cli-help-share-grant--until = The last date covered. Default: until you stop it
cli-help-share-grant--purpose = Why you share
cli-help-share-grant--include = With appointments: also share this kind. Family time, court or legal, and social worker meetings are left out unless you include them. Repeat for more
cli-help-share-grant--leave-out = With appointments: leave this kind out too. Repeat for more
cli-help-share-grant--preview = Show what they would and would not see, without agreeing to anything
cli-help-team-init = Make this member's key and inbox, and print the invite code to give her
cli-help-team-pull = Fetch, check and open what has arrived, and show it
cli-help-team-accept = Accept a woman shown as new, once you have compared the safety number with her in person
cli-help-team-approve-relay = Let replies go to another relay her phone asked for, once she has confirmed it in person
cli-help-team-export = Everything one woman has shared, as a FHIR R4 Bundle (JSON)
cli-help-team-reply = Reply to a woman: acknowledge what arrived, or propose an appointment
cli-help-team-dir--dir = The member's folder (key, inbox, what has been received)
cli-help-team-init--relay = The relay's address, like https://relay.example.org (http only on this computer)
cli-help-team-init--name = Your name as she will see it
cli-help-team-init--role = Your role as she will see it, like "specialist midwife"
cli-help-team-approve--relay = The relay's address, as `alongside team pull` showed it (https, or http on this computer)
cli-help-team-woman--woman = Her id, as `alongside team pull` shows it
cli-help-team-reply-ack = Tell her phone that what she sent has arrived; a request for support she sent shows as answered, with your message if you write one
cli-help-team-reply-propose = Suggest an appointment she can accept into her diary
cli-help-team-ack--message = A few words she will see with the answer, like "I'll call you at 2pm". Don't put anything here you wouldn't want seen on her phone
cli-help-team-propose--start = When, as an RFC 3339 instant like 2026-12-01T10:00:00Z
cli-help-support-mode-services--near = Nearest first from this point, "LAT,LON" (like 53.0,-1.5). It stays on this computer: it is never stored or sent
cli-help-settings-show = Show your settings
cli-help-settings-set = Change your settings. Anything you leave out stays as it is
cli-help-settings-set--time-zone = Your home time zone, like Europe/London. "Today" is measured in it
cli-help-settings-set--discreet = true: reminders only say "You have a reminder", nothing more on the lock screen. false: reminders name the appointment or medicine
cli-help-support-dates-dates--due = When your baby is due, "YYYY-MM-DD"
cli-help-support-dates-dates--born = When your baby was born, "YYYY-MM-DD". The 6 to 8 week check is then offered for 6 to 8 weeks after it
cli-help-support-dates-dates--clear-due = Forget the due date
cli-help-support-dates-dates--clear-born = Forget your baby's date of birth
cli-help-diary--month = Show the month instead of the week
cli-help-diary--date = A date in the week or month to show, "YYYY-MM-DD". Default: today
cli-help-medicine-add = Add a medicine or prescription
cli-help-medicine-change = Record a new dose (and, if you like, a new schedule) from a date. Earlier doses are kept as history
cli-help-medicine-stop = Record the last day of a medicine. Its history and dose log are kept
cli-help-medicine-stop--id = The medicine's id (from `medicine list`)
cli-help-medicine-stop--end = The last day, "YYYY-MM-DD". Default: today
cli-help-medicine-list = List your medicines with the dose for today and the history of changes
cli-help-medicine-kind-methadone = Methadone oral solution
cli-help-medicine-kind-buprenorphine = Buprenorphine, taken under the tongue
cli-help-medicine-kind-buprenorphine-naloxone = Buprenorphine with naloxone
cli-help-medicine-kind-buprenorphine-injection-weekly = Long-acting buprenorphine injection, weekly
cli-help-medicine-kind-buprenorphine-injection-monthly = Long-acting buprenorphine injection, monthly
cli-help-medicine-kind-other = Any other medicine (give its --name)
cli-help-medicine-unit-mg = Milligrams
cli-help-medicine-unit-ml = Millilitres
cli-help-medicine-unit-microgram = Micrograms
cli-help-medicine-unit-tablet = Tablets
cli-help-medicine-add--kind = Which medicine
cli-help-medicine-add--name = Its name (needed for "other"; optional for methadone and buprenorphine)
cli-help-medicine-add--dose = The dose (the morning part of a split dose)
cli-help-medicine-add--evening-dose = The evening part of a split dose
cli-help-medicine-add--unit = The unit the dose is measured in
cli-help-medicine-add--supervised = Taken at the pharmacy with the pharmacist, except on take-home days
cli-help-medicine-add--take-home = Taken at home (the default)
cli-help-medicine-add--take-home-days = With --supervised: the days you take your dose home, like sun or mon,sat
cli-help-medicine-add--pharmacy = The pharmacy you collect from
cli-help-medicine-add--start = The first day, "YYYY-MM-DD". Default: today
cli-help-medicine-add--end = The last day, if you know it, "YYYY-MM-DD"
cli-help-medicine-change--id = The medicine's id (from `medicine list`)
cli-help-medicine-change--from = The first day of the new dose, "YYYY-MM-DD"
cli-help-medicine-change--dose = The new dose (the morning part of a split dose)
cli-help-medicine-change--evening-dose = The evening part of a split dose
cli-help-medicine-change--note = A note about the change, for you
cli-help-medicine-schedule-schedule--daily = Once a day at this time, "HH:MM"
cli-help-medicine-schedule-schedule--split = A split dose: morning and evening times, "HH:MM,HH:MM". Give the evening amount with --evening-dose
cli-help-medicine-schedule-schedule--weekly = Once a week, "DAY@HH:MM" (for example mon@10:00)
cli-help-medicine-schedule-schedule--monthly = Once a month on day N, "N@HH:MM" (for example 14@10:00)
cli-help-medicine-schedule-schedule--as-needed = Only when needed, not on a schedule
cli-help-dose-list--from = First day, "YYYY-MM-DD". Default: 6 days before the last day
cli-help-dose-list--to = Last day, "YYYY-MM-DD". Default: today
cli-help-dose-take = Record a dose as taken
cli-help-dose-miss = Record a dose as missed. It happens; a missed dose is worth knowing about
cli-help-dose-partly = Record a dose as partly taken (say how much with --amount, if you know)
cli-help-dose-vomited = Record that you were sick (vomited) after a dose
cli-help-dose-as-needed = Record a dose of a medicine you take when needed
cli-help-dose-as-needed--medicine = The medicine's id (from `medicine list`)
cli-help-dose-as-needed--amount = How much you took, in the medicine's unit
cli-help-dose-as-needed--at = When you took it: "YYYY-MM-DD HH:MM" (your time zone) or RFC 3339. Default: now
cli-help-dose-as-needed--clock-change = On the night the clocks go back, which of the two equal times --at means
cli-help-dose-as-needed--note = A note, for you
cli-help-dose-list = Your dose log between two dates (default: the last 7 days)
cli-help-dose-answer = Answer Today's question about days with nothing logged: did you have it?
cli-help-dose-answer--medicine = The medicine's id (as Today shows it)
cli-help-dose-answer--answer = Your answer, for every day given
cli-help-dose-answer--days = A day, "YYYY-MM-DD". Repeat for more than one
cli-help-dose-not-now = Set Today's question about days with nothing logged aside. It won't ask about those days again
cli-help-dose-not-now--medicine = The medicine's id (as Today shows it)
cli-help-dose-not-now--days = A day, "YYYY-MM-DD". Repeat for more than one
cli-help-dose-answer-yes = I had it
cli-help-dose-answer-no = I didn't have it
cli-help-dose-answer-not-sure = I'm not sure
cli-help-dose-slot-only = The one dose of a daily, weekly or monthly medicine
cli-help-dose-slot-morning = The morning part of a split dose
cli-help-dose-slot-evening = The evening part of a split dose
cli-help-dose-log--medicine = The medicine's id (from `medicine list`)
cli-help-dose-log--date = The day the dose belongs to, "YYYY-MM-DD". Default: today
cli-help-dose-log--slot = Which dose, for a split dose. Default: the day's only dose; on a split-dose day, the dose due now, or else the next one not logged yet (it says which it logged)
cli-help-dose-log--at = When you took it: "YYYY-MM-DD HH:MM" (your time zone) or RFC 3339. Default: now
cli-help-dose-log--clock-change = On the night the clocks go back, which of the two equal times --at means
cli-help-dose-log--note = A note, for you
cli-help-dose-log--change = Yes, change it: the dose is already logged as something else (without this the app asks first and changes nothing)
cli-help-dose-partly--amount = How much you took, in the medicine's unit, if you know. Less than the full dose
cli-help-directory-installed-import--file = The directory bundle file
cli-help-directory-installed-sample--choice = "on" lets the made-up sample directory be installed; "off" removes it. Without it, shows the current choice
cli-help-directory-keygen--out = Where to write the key file. It must not exist yet
cli-help-directory-verify--file = The bundle file
cli-help-directory-verify--trust = A publisher public key (base64) to accept; give it again for more than one. Without it, the signature is checked against the key in the file, and that key is shown for you to compare with the publisher's
cli-help-directory-build--services = The services spreadsheet (CSV)
cli-help-directory-build--venues = The venues spreadsheet (CSV)
cli-help-directory-build--sessions = The sessions spreadsheet (CSV): which service meets where, and when
cli-help-directory-build--publisher = Who publishes the directory, as people will see it
cli-help-directory-build--area = The area it covers
cli-help-directory-build--version = The bundle's version. Each new bundle needs a higher number: apps refuse an older one
cli-help-directory-build--issued = The day it is issued, YYYY-MM-DD
cli-help-directory-build--expires = The day after which apps show it as out of date, YYYY-MM-DD
cli-help-directory-build--sample = Mark it as made-up sample data; apps label it so
cli-help-directory-build--key = The publisher key file (from `alongside directory keygen`)
cli-help-directory-build--out = Where to write the signed bundle
cli-help-directory-keygen = Make a new publisher key file, readable by you only. Keep it offline
cli-help-directory-build = Check the services, venues and sessions spreadsheets (CSV) and sign them as a bundle
cli-help-directory-verify = Check a bundle: its size, shape and signature, and every record in it
cli-help-directory-import = Install a directory bundle in your vault, replacing the one you have
cli-help-directory-status = Which directory you have, and whether it is up to date
cli-help-directory-sample-data = Allow the made-up sample directory (on), or remove it (off)
cli-help-directory-updates = Fetch newer directories from an address (on URL), or never (off). Off by default
cli-help-directory-update = Check for a newer directory now, when updates are on
cli-help-directory-search = Find services by words, type, day, drop-in or self-referral
cli-help-directory-hubs = Places where several services meet on the same day
cli-help-directory-plan = Plan the fewest trips that cover the services you need
cli-help-directory-near = Places nearest a point (the point stays on this computer)
cli-help-directory-updates-choice-on = Check for newer directories at URL (https://)
cli-help-directory-updates-choice-on--url = The address of the directory bundle
cli-help-directory-updates-choice-off = Stop checking; nothing is sent over the network
cli-help-directory-questions-search--text = Words to look for in names and descriptions
cli-help-directory-questions-search--category = Only this category; give it again for more than one
cli-help-directory-questions-search--open-now = Only services with a session on right now
cli-help-directory-questions-search--on = Only services with a session on this day, YYYY-MM-DD
cli-help-directory-questions-search--drop-in = Only sessions you can drop in to
cli-help-directory-questions-search--self-referral = Only services you can contact yourself
cli-help-directory-questions-hub--need = Only the services you need; give it again for each one. Default: all
cli-help-directory-questions-hub--from = The first day to look at, YYYY-MM-DD. Default: today
cli-help-directory-questions-hub--days = How many days to look at
cli-help-directory-questions-plan--need = A service you need; give it again for each one
cli-help-directory-questions-plan--from = The first day to plan from, YYYY-MM-DD. Default: today
cli-help-directory-questions-plan--days = How many days to plan over
cli-help-directory-questions-near--lat = Latitude of the point, like 53.0. It stays on this computer
cli-help-directory-questions-near--lon = Longitude of the point, like -1.5
cli-help-directory-questions-near--limit = How many places to show
cli-help-appointment-draft-kind-specialist-midwife = Specialist midwife (for example a substance use or vulnerable women's midwife)
cli-help-appointment-draft-kind-antenatal-clinic-or-scan = Antenatal clinic or scan
cli-help-appointment-draft-kind-drug-and-alcohol-key-worker = Drug and alcohol key worker
cli-help-appointment-draft-kind-prescriber-review = A review with your prescriber
cli-help-appointment-draft-kind-gp = Your GP
cli-help-appointment-draft-kind-health-visitor = Health visitor
cli-help-appointment-draft-kind-social-worker = Social worker
cli-help-appointment-draft-kind-perinatal-mental-health = Perinatal mental health team
cli-help-appointment-draft-kind-family-time = Family time (contact)
cli-help-appointment-draft-kind-court-or-legal = Court or legal
cli-help-appointment-draft-kind-housing = Housing
cli-help-appointment-draft-kind-peer-support = Peer support
cli-help-appointment-draft-kind-other = Anything else
cli-help-appointment-draft-add--title = A name for it, like "Scan" or "Key worker"
cli-help-appointment-draft-add--kind = What kind of appointment it is
cli-help-appointment-draft-add--start = When it starts, in local time: "YYYY-MM-DD HH:MM"
cli-help-appointment-draft-add--duration = How long it lasts, in minutes
cli-help-appointment-draft-detail--zone = Time zone, like Europe/London. Default: your home time zone (see `settings`)
cli-help-appointment-draft-detail--location = Where it is
cli-help-appointment-draft-detail--venue = A venue from the service directory (its id, as `directory search` and `directory hubs` show). Today then shows what else meets there that day
cli-help-appointment-draft-detail--with-whom = Who it is with (a name or a role)
cli-help-appointment-draft-detail--notes = Private notes, only for you. Never shown in reminders
cli-help-appointment-draft-detail--remind = A reminder this long before it starts: 90m, 2h or 1d. Repeat for more than one
cli-help-appointment-draft-detail--clock-change = On the night the clocks go back, which of the two equal start times you mean
cli-help-appointment-draft-repeat--every-weeks = Repeat every N weeks (1 = weekly, 2 = fortnightly). Needs --until or --count
cli-help-appointment-draft-repeat--until = The last date the series can fall on, "YYYY-MM-DD"
cli-help-appointment-draft-repeat--count = How many appointments in the series, the first included
cli-help-appointment-draft-edit--target = The appointment's id (from `appointment list`)
cli-help-appointment-draft-edit--title = A new name
cli-help-appointment-draft-edit--kind = What kind of appointment it is
cli-help-appointment-draft-edit--start = A new start for the whole series, "YYYY-MM-DD HH:MM". To move one date only, use `appointment reschedule`
cli-help-appointment-draft-edit--duration = How long it lasts, in minutes
cli-help-appointment-draft-edit--no-reminders = Remove all reminders
cli-help-appointment-draft-edit--no-repeat = Stop it repeating (make it a one-off)
cli-help-appointment-draft-rebook--target = The missed appointment, ID or ID#N
cli-help-appointment-draft-rebook--start = The new time, "YYYY-MM-DD HH:MM"
cli-help-appointment-draft-rebook--title = A new name. Default: the missed appointment's
cli-help-appointment-draft-rebook--kind = What kind of appointment it is
cli-help-appointment-draft-rebook--duration = How long it lasts, in minutes. Default: as the missed appointment
cli-help-appointment-list--from = First day, "YYYY-MM-DD". Default: today
cli-help-appointment-list--to = Last day, "YYYY-MM-DD". Default: 30 days after the first
cli-help-appointment-add = Add an appointment, or a series that repeats every week or every few weeks
cli-help-appointment-list = List appointments between two dates (default: today and the next 30 days)
cli-help-appointment-show = Show one appointment's details
cli-help-appointment-show--target = The appointment's id (from `appointment list`)
cli-help-appointment-edit = Change an appointment's details. Anything you leave out stays as it is
cli-help-appointment-status = Mark an appointment attended or missed (or cancelled, or planned again)
cli-help-appointment-status--target = The appointment, ID or ID#N for one date in a series
cli-help-appointment-reschedule = Move one date to a new time, or this date and all later ones (--following)
cli-help-appointment-reschedule--target = The appointment, ID or ID#N for one date in a series
cli-help-appointment-reschedule--to = The new time, "YYYY-MM-DD HH:MM"
cli-help-appointment-reschedule--following = Move this date and every later one in the series
cli-help-appointment-reschedule--clock-change = On the night the clocks go back, which of the two equal times --to means
cli-help-appointment-cancel = Cancel one date, or this date and all later ones (--following)
cli-help-appointment-cancel--target = The appointment, ID or ID#N for one date in a series
cli-help-appointment-cancel--following = Cancel this date and every later one in the series
cli-help-appointment-delete = Delete an appointment and its whole series
cli-help-appointment-delete--target = The appointment's id
cli-help-appointment-rebook = Book a new time after a missed appointment. Details are copied unless you change them
cli-help-appointment-dismiss = Set aside the offer to rebook a missed appointment ("Not now")
cli-help-appointment-dismiss--target = The missed appointment, ID or ID#N
cli-help-appointment-status-planned = Still to happen
cli-help-appointment-status-attended = You went
cli-help-appointment-status-missed = It didn't happen. That's OK: Today will offer to book a new time
cli-help-appointment-status-cancelled = Called off
cli-help-appointment-status-rescheduled = Moved (use `appointment reschedule` to choose the new time)
# Under `alongside directory build --help`: the columns each spreadsheet needs.
cli-help-directory-build-columns =
    Each file needs a header row naming its columns, in any order:
      services: id, name, organisation, category, description, phone, web, referral,
                eligibility, languages (separated by ;), and optionally requests (the
                invite code from `alongside team init`, only for a service that accepts
                requests for support through the app)
      venues:   id, name, address, postcode, latitude, longitude, step_free (yes or no),
                accessibility, transport
      sessions: service_id, venue_id, days (like mon;wed), start, end (HH:MM),
                weeks_of_month (like 1;3, or empty for every week), valid_from, valid_until
                (YYYY-MM-DD or empty), access (drop_in or by_appointment), notes

    referral: self_referral, through_professional or either.

    category (spaces or hyphens are fine, any case):
      maternity_and_specialist_midwife, drug_and_alcohol_treatment,
      pharmacy_supervised_consumption, gp, health_visiting, perinatal_mental_health,
      childrens_social_care, family_hub, residential_and_mother_and_baby_treatment, housing,
      food, money_and_benefits, legal_advice_and_advocacy, domestic_abuse,
      sexual_health_and_contraception, infant_feeding_support,
      peer_support_and_community_groups, crisis_support, support_after_removal

## The command line's own refusals (`alongside`): the terminal says what the phones would.
cli-error-folder-write = Couldn't write the folder.
cli-error-team-file-damaged = A care-team file is damaged.
cli-error-bad-kind = Something went wrong making this item, so nothing was sent.
cli-error-bundle-write = Couldn't write the bundle. Please check the folder exists and you can write to it.
cli-error-no-randomness = This computer's random number source isn't working, so nothing was done.
cli-error-repeat-needs-every-weeks = --until and --count go with --every-weeks, which says how often it repeats.
cli-error-demo-folder = Couldn't make a temporary folder for the demo.
cli-error-demo-folder-remove = Couldn't remove the demo's temporary folder.
cli-error-demo-passcode = Couldn't make a random passcode for the demo.
cli-error-bundle-encode = Couldn't turn the directory into a bundle.
cli-error-not-a-publisher-key-file = This isn't a publisher key file, or it is damaged. Nothing was written.
cli-error-key-file-read = Couldn't read the key file. Please check the path.
cli-error-file-read = Couldn't read that file. Please check the path.
cli-error-keygen-randomness = Couldn't make a key: this computer's random number source isn't working.
cli-error-file-exists = There is already a file there, so nothing was written. Please choose a new file name.
cli-error-key-file-write = Couldn't write the key file. Please check the folder exists and you can write to it.
cli-error-key-file-finish = Couldn't finish writing the key file. Please delete it and try again.
cli-error-trust-not-a-key = A --trust value isn't a publisher public key (base64, from keygen).
cli-error-bundle-read = Couldn't read the bundle file. Please check the path.
cli-error-export-write = Couldn't write the export file. Please check the folder exists and you can write to it.
cli-error-medicine-needs-schedule = Please say when it is taken: --daily, --split, --weekly, --monthly or --as-needed.
cli-error-kinds-need-appointments = --include and --leave-out choose kinds of appointment: use them with --what appointments.
cli-error-request-recipient = --to takes care:ID or service:ID. See: alongside support recipients
cli-error-relay = The relay could not be reached or refused the request.
cli-error-keygen = Couldn't make a key.
cli-error-inbox-id = Couldn't make an inbox id.
cli-error-clock = The clock is out of range.
cli-error-start-instant = --start takes an instant like 2026-12-01T10:00:00Z.
cli-error-too-far = That is too far away.
cli-error-seal = Couldn't seal the reply.
cli-error-team-exists = This folder already has a care-team key; use another folder.
cli-error-folder-make = Couldn't make the folder.
cli-error-team-key-damaged = The care-team key file is damaged.
cli-error-no-team-key = No care-team key here. Make one with: alongside team init
cli-error-no-team-folder = No care-team folder here. Make one with: alongside team init
cli-error-wipe-cancelled = Nothing was wiped. Your vault is as it was.
cli-error-no-data-folder = Couldn't find a data folder. Please choose one with --vault DIR.
cli-error-folder-name = Please use a folder whose name is plain text (UTF-8).
cli-error-demo-date = The demo can't be set this far from today.
cli-error-demo-today = The demo couldn't read today's date.
cli-error-passcodes-differ = The two passcodes didn't match. Nothing was changed. Please try again.
cli-hint-init = To make a new vault here, run: alongside init
cli-hint-change = To go ahead, run the same command again with --change.
cli-hint-forgotten-passcode = If you have forgotten your passcode, `alongside wipe` starts again (your data is lost).
