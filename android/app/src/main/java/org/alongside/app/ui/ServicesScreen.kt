package org.alongside.app.ui

import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.unit.dp
import org.alongside.app.Screen
import org.alongside.app.ServicesActions
import org.alongside.app.UiText
import org.alongside.core.ServiceResult
import org.alongside.core.SessionView
import org.alongside.core.VenueDetail
import org.alongside.core.VenueHub

/**
 * Services near her, from the directory installed on the phone: its status line, a search by
 * words and kinds of help, what the core found, and the places where several services meet
 * over the next days (how many is the core's), so one trip can cover more than one need. A tap shows a service
 * or a place in full.
 *
 * Why this exists: "too many appointments in too many places". Every word, match, order and
 * "one place" day is the core's; this screen renders and forwards taps. No location is asked
 * for. Dialling hands the number to the phone app (ACTION_DIAL): nothing is called without
 * her tap there. (iOS: ServicesScreen.swift.)
 */
@Composable
fun ServicesScreen(text: UiText, screen: Screen.Services, actions: ServicesActions) {
    FormScreen(text["services-screen-title"]) {
        if (screen.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        screen.error?.let { ErrorMessage(it) }
        ServiceLists(text, screen, actions)
    }
}

/** One service or place in full, opened from the lists; Back returns to them. */
@Composable
fun ServiceDetailScreen(text: UiText, screen: Screen.Services, actions: ServicesActions) {
    val venue = screen.venue
    val service = screen.service
    FormScreen(venue?.venue?.name ?: service?.name ?: text["services-screen-title"]) {
        if (screen.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        screen.error?.let { ErrorMessage(it) }
        when {
            venue != null -> VenueDetailView(text, venue)
            service != null -> ServiceDetailView(text, service, enabled = !screen.busy, actions)
        }
        TextButton(onClick = actions::closeServiceDetail, enabled = !screen.busy) { Text(text["services-screen-back"]) }
    }
}

@Composable
private fun ColumnScope.ServiceLists(text: UiText, screen: Screen.Services, actions: ServicesActions) {
    val view = screen.view
    val status = view.status
    if (status == null) {
        Text(text["directory-none"], style = MaterialTheme.typography.titleMedium)
        Text(text["services-screen-none-help"])
        return
    }
    Text(status.summary)
    Text(status.issuedLabel, style = MaterialTheme.typography.bodySmall)

    val search = screen.search
    OutlinedTextField(
        value = search.words,
        onValueChange = { actions.editServicesSearch(search.copy(words = it)) },
        label = { Text(text["services-screen-search-label"]) },
        singleLine = true,
        keyboardOptions = KeyboardOptions(imeAction = ImeAction.Search),
        keyboardActions = KeyboardActions(onSearch = { actions.searchServices() }),
        modifier = Modifier.fillMaxWidth(),
    )
    SectionHeading(text["services-screen-categories"])
    view.kinds.forEach { kind ->
        val c = kind.category
        Row(
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(12.dp),
            modifier = Modifier
                .fillMaxWidth()
                .toggleable(value = c in search.categories, role = Role.Checkbox) {
                    actions.editServicesSearch(search.toggle(c))
                },
        ) {
            Checkbox(checked = c in search.categories, onCheckedChange = null)
            Text(kind.label)
        }
    }
    BusyButton(text["services-screen-search-button"], busy = screen.busy, enabled = true, onClick = actions::searchServices)

    SectionHeading(text["services-screen-results"])
    if (view.results.isEmpty()) Text(text["directory-no-results"])
    view.results.forEach { r -> ServiceCard(text, r, enabled = !screen.busy) { actions.showService(r) } }

    SectionHeading(text["services-screen-hubs-heading"])
    // How far ahead the list looks is the core's, and so are these words.
    Text(view.hubsIntro)
    if (view.hubs.isEmpty()) Text(view.noHubs)
    view.hubs.forEach { h -> HubCard(text, h, enabled = !screen.busy) { actions.showVenue(h.venue.id) } }
}

/** One service found: a tap shows it in full. */
@Composable
private fun ServiceCard(text: UiText, r: ServiceResult, enabled: Boolean, onOpen: () -> Unit) {
    Card(
        Modifier
            .fillMaxWidth()
            .clickable(enabled = enabled, onClickLabel = text["services-screen-see-service"], role = Role.Button, onClick = onOpen),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(r.name, style = MaterialTheme.typography.titleSmall)
            Text(r.organisation)
            Text(r.categoryLabel, style = MaterialTheme.typography.bodySmall)
            if (r.sessions.isEmpty()) Text(text["services-screen-no-place"], style = MaterialTheme.typography.bodySmall)
            r.sessions.forEach { s -> Text("${s.venueName}: ${s.daysLabel}, ${s.timeLabel}", style = MaterialTheme.typography.bodySmall) }
            r.phone?.let { Text(it) }
            if (r.sample) Text(text["directory-sample-badge"], style = MaterialTheme.typography.bodySmall)
        }
    }
}

/** One place and what meets there on each date the core found: a tap shows the place in full. */
@Composable
private fun HubCard(text: UiText, h: VenueHub, enabled: Boolean, onOpen: () -> Unit) {
    Card(
        Modifier
            .fillMaxWidth()
            .clickable(enabled = enabled, onClickLabel = text["services-screen-see-place"], role = Role.Button, onClick = onOpen),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(h.venue.name, style = MaterialTheme.typography.titleSmall)
            Text("${h.venue.address}, ${h.venue.postcode}")
            h.needsCoveredLabels.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
            h.days.forEach { d ->
                Text(d.dateLabel, style = MaterialTheme.typography.labelLarge, modifier = Modifier.padding(top = 4.dp))
                if (d.hubDay) Text(text["directory-hub-day"], style = MaterialTheme.typography.bodySmall)
                d.sessions.forEach { s -> Text("${s.serviceName}: ${s.timeLabel}. ${s.accessLabel}", style = MaterialTheme.typography.bodySmall) }
            }
            if (h.sample) Text(text["directory-sample-badge"], style = MaterialTheme.typography.bodySmall)
        }
    }
}

@Composable
private fun ServiceDetailView(text: UiText, r: ServiceResult, enabled: Boolean, actions: ServicesActions) {
    val context = LocalContext.current
    Text(r.organisation, style = MaterialTheme.typography.titleMedium)
    Text(r.categoryLabel)
    if (r.sample) Text(text["directory-sample-badge"])
    Text(r.description)
    Text(r.referralLabel)
    r.eligibility?.let { Text(it) }
    if (r.languages.isNotEmpty()) {
        Text(text["services-screen-languages"], style = MaterialTheme.typography.labelLarge)
        Text(r.languages.joinToString(", "))
    }
    val number = r.phone
    val dial = r.phoneDial
    if (number != null && dial != null) {
        Button(onClick = { context.startActivity(Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", dial, null))) }) {
            Text("${text["support-crisis-call"]} $number")
        }
    }
    r.web?.let {
        Text(text["services-screen-website"], style = MaterialTheme.typography.labelLarge)
        Text(it)
    }
    SectionHeading(text["services-screen-where"])
    if (r.sessions.isEmpty()) Text(text["services-screen-no-place"])
    r.sessions.forEach { s ->
        Card(Modifier.fillMaxWidth()) {
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(s.venueName, style = MaterialTheme.typography.titleSmall)
                SessionLines(s)
                val see = text["services-screen-see-place"]
                OutlinedButton(
                    onClick = { actions.showVenue(s.venueId) },
                    enabled = enabled,
                    modifier = Modifier.semantics { contentDescription = "$see: ${s.venueName}" },
                ) { Text(see) }
            }
        }
    }
}

@Composable
private fun VenueDetailView(text: UiText, d: VenueDetail) {
    val v = d.venue
    Text("${v.address}, ${v.postcode}")
    if (d.sample) Text(text["directory-sample-badge"])
    if (v.stepFree) Text(text["services-screen-step-free"])
    v.accessibility?.let { Text(it) }
    v.transport?.let {
        Text(text["services-screen-getting-there"], style = MaterialTheme.typography.labelLarge)
        Text(it)
    }
    SectionHeading(text["services-screen-meets-here"])
    d.categoryLabels.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
    d.sessions.forEach { s ->
        Card(Modifier.fillMaxWidth()) {
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(s.serviceName, style = MaterialTheme.typography.titleSmall)
                Text(s.categoryLabel, style = MaterialTheme.typography.bodySmall)
                SessionLines(s)
            }
        }
    }
}

/** When a session meets, how to get in, and the directory's notes, in the core's words. */
@Composable
private fun SessionLines(s: SessionView) {
    Text(s.daysLabel)
    Text(s.timeLabel)
    Text(s.accessLabel)
    s.notes?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
}
