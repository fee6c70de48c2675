package org.alongside.app.ui

import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import org.alongside.app.GuidanceActions
import org.alongside.app.Screen
import org.alongside.app.UiText
import org.alongside.core.GuidanceBlock
import org.alongside.core.GuidanceSection
import org.alongside.core.RichText
import org.alongside.core.SourceRef
import org.alongside.core.SupportContact

/**
 * The guidance list, in the order the core gives it for her (`guidance_for_me`), with the
 * support lines and the breastfeeding questions.
 *
 * Why this exists: guidance, crisis lines and the decision aid in one place, opened from
 * its tab. Every word is the core's; the list only forwards taps. (iOS: GuidanceScreen.swift.)
 */
@Composable
fun GuidanceScreen(text: UiText, screen: Screen.Guidance, actions: GuidanceActions) {
    val enabled = !screen.busy
    FormScreen(text["guidance-title"]) {
        if (screen.busy) LinearProgressIndicator(Modifier.fillMaxWidth())
        screen.error?.let { ErrorMessage(it) }
        Text(text["guidance-screen-intro"])
        OutlinedButton(onClick = actions::openGuidanceContacts, enabled = enabled) {
            Text(text["guidance-screen-contacts-open"])
        }
        screen.articles.forEach { a ->
            Card(
                Modifier
                    .fillMaxWidth()
                    .clickable(enabled = enabled, role = Role.Button) { actions.openArticle(a.id) },
            ) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(a.title, style = MaterialTheme.typography.titleMedium)
                    Text(a.summary)
                    Text(a.checkedLabel, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        SectionHeading(text["guidance-screen-bf-open"])
        Text(text["guidance-screen-bf-open-hint"])
        OutlinedButton(onClick = actions::openFeeding, enabled = enabled) { Text(text["guidance-bf-title"]) }
    }
}

/**
 * One article as the core renders it: its sections, each with where it comes from, when it
 * was checked and when it must be checked again, what to do if something is wrong, and a
 * call button for every line it mentions.
 */
@Composable
fun ArticleScreen(text: UiText, screen: Screen.Reading, actions: GuidanceActions) {
    val article = screen.article
    FormScreen(article.title) {
        Text(article.summary)
        Text(article.checkedLabel, style = MaterialTheme.typography.bodySmall)
        article.sections.forEach { GuidanceSectionView(text, it) }
        article.safetyNet?.let {
            SectionHeading(text["alert-safety-heading"])
            Text(it)
        }
        if (article.contacts.isNotEmpty()) {
            SectionHeading(text["guidance-screen-contacts-heading"])
            article.contacts.forEach { ContactCard(text, it) }
        }
        TextButton(onClick = actions::leaveGuidance) { Text(text["guidance-screen-back"]) }
    }
}

/** Every support and crisis line, each one tap to dial. */
@Composable
fun ContactsScreen(text: UiText, screen: Screen.Contacts, actions: GuidanceActions) {
    FormScreen(text["guidance-contacts-title"]) {
        Text(text["guidance-screen-contacts-intro"])
        screen.contacts.forEach { ContactCard(text, it) }
        TextButton(onClick = actions::leaveGuidance) { Text(text["guidance-screen-back"]) }
    }
}

/** A section heading, its paragraphs and lists (bold runs kept), and its sources. */
@Composable
fun GuidanceSectionView(text: UiText, section: GuidanceSection) {
    SectionHeading(section.heading)
    section.blocks.forEach { block ->
        when (block) {
            is GuidanceBlock.Paragraph -> Rich(block.text)
            is GuidanceBlock.Bullets -> Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                block.items.forEach { item -> Rich(item, bullet = true) }
            }
        }
    }
    Sources(text, section.sources)
}

/** "Where this comes from", then each source's full reference. Nothing when there are none. */
@Composable
fun Sources(text: UiText, sources: List<SourceRef>) {
    if (sources.isEmpty()) return
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Text(text["alert-sources-heading"], style = MaterialTheme.typography.labelLarge)
        sources.forEach { Text(it.citation, style = MaterialTheme.typography.bodySmall) }
    }
}

/** A support line: who, what they help with, when they answer, and a call button. */
@Composable
fun ContactCard(text: UiText, contact: SupportContact) {
    val context = LocalContext.current
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(contact.name, style = MaterialTheme.typography.titleMedium)
            Text(contact.about)
            Text(contact.hours, style = MaterialTheme.typography.bodySmall)
            // Dialling hands the number to the phone app: nothing is called without her tap there.
            Button(
                onClick = { context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:${contact.dial}"))) },
                modifier = Modifier.semantics { contentDescription = "${text["guidance-screen-call"]} ${contact.label}" },
            ) { Text("${text["guidance-screen-call"]} ${contact.number}") }
        }
    }
}

/** Core-rendered text with its bold runs; [bullet] draws a list marker (not read aloud). */
@Composable
private fun Rich(rich: RichText, bullet: Boolean = false) {
    val shown = buildAnnotatedString {
        if (bullet) append("•  ")
        rich.runs.forEach { run ->
            if (run.strong) withStyle(SpanStyle(fontWeight = FontWeight.Bold)) { append(run.text) } else append(run.text)
        }
    }
    Text(shown, modifier = Modifier.semantics { contentDescription = rich.text })
}
