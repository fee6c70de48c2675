package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.alongside.app.GuidanceActions
import org.alongside.app.Screen
import org.alongside.app.UiText
import org.alongside.core.BreastfeedingAdvice
import org.alongside.core.BreastfeedingPlan

/**
 * The breastfeeding questions, then what the guidance says for her answers, and her plan.
 *
 * Why this exists: conflicting advice about breastfeeding on methadone or buprenorphine is a
 * known hard moment. The core asks the questions, decides the advice and keeps the plan; this
 * screen only collects answer codes (none is required) and shows what the core returns,
 * sources and review dates included. (iOS: FeedingScreen.swift.)
 */
@Composable
fun FeedingScreen(text: UiText, screen: Screen.Feeding, actions: GuidanceActions) {
    val form = screen.form
    val plan = screen.plan
    val advice = screen.advice
    FormScreen(text["guidance-bf-title"]) {
        screen.error?.let { ErrorMessage(it) }
        screen.notice?.let { Text(it, style = MaterialTheme.typography.titleSmall) }
        when {
            screen.confirmDelete -> {
                Text(text["guidance-screen-plan-delete-confirm"])
                BusyButton(text["guidance-plan-delete"], busy = screen.busy, enabled = true, onClick = actions::deleteFeedingPlan)
                TextButton(onClick = { actions.askDeleteFeedingPlan(false) }) { Text(text["guidance-screen-plan-keep"]) }
            }
            screen.showPlan && plan != null -> {
                PlanCard(text, plan)
                OutlinedButton(onClick = { actions.askDeleteFeedingPlan(true) }, enabled = !screen.busy) {
                    Text(text["guidance-plan-delete"])
                }
                TextButton(onClick = { actions.showFeedingPlan(false) }) { Text(text["guidance-screen-plan-hide"]) }
            }
            advice != null -> {
                AdviceView(text, advice)
                BusyButton(text["guidance-plan-save"], busy = screen.busy, enabled = true, onClick = actions::saveFeedingPlan)
                TextButton(onClick = { actions.editFeeding(form) }) { Text(text["guidance-screen-change-answers"]) }
            }
            else -> {
                Text(text["guidance-bf-intro"])
                if (plan != null) {
                    OutlinedButton(onClick = { actions.showFeedingPlan(true) }) { Text(text["guidance-screen-plan-open"]) }
                } else {
                    Text(text["guidance-plan-none"], style = MaterialTheme.typography.bodySmall)
                }
                screen.questions.forEach { q ->
                    SectionHeading(q.text)
                    q.hint?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                    q.answers.forEach { a ->
                        ChoiceRow(a.label, selected = form.isChosen(q.id, a.code), radio = !q.many) {
                            actions.editFeeding(form.tap(q, a.code))
                        }
                    }
                }
                BusyButton(text["guidance-screen-see-advice"], busy = screen.busy, enabled = true, onClick = actions::seeFeedingAdvice)
            }
        }
        TextButton(onClick = actions::leaveGuidance, enabled = !screen.busy) { Text(text["guidance-screen-back"]) }
    }
}

/** What the core says for her answers: the message, why (each reason with its sources), and the shared sections. */
@Composable
fun AdviceView(text: UiText, advice: BreastfeedingAdvice) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            SectionHeading(advice.headline)
            Text(advice.body)
        }
    }
    Text(advice.checkedLabel, style = MaterialTheme.typography.bodySmall)
    if (advice.reviewOverdue) Text(text["guidance-review-overdue"], style = MaterialTheme.typography.titleSmall)
    SectionHeading(text["guidance-reasons-heading"])
    advice.reasons.forEach { r ->
        Card(Modifier.fillMaxWidth()) {
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(r.text)
                if (r.uncertain) Text(text["guidance-uncertain"], style = MaterialTheme.typography.bodySmall)
                r.askLabel?.let { Text(it) }
                Sources(text, r.sources)
            }
        }
    }
    listOf(advice.watchFor, advice.getHelpNow, advice.safeSleep, advice.stopping, advice.whyAdviceDiffers)
        .forEach { GuidanceSectionView(text, it) }
    advice.safetyNet?.let {
        SectionHeading(text["alert-safety-heading"])
        Text(it)
    }
    if (advice.contacts.isNotEmpty()) {
        SectionHeading(text["guidance-screen-contacts-heading"])
        advice.contacts.forEach { ContactCard(text, it) }
    }
}

/** Her saved plan, the card she can show staff: her answers in words, then what the app said. */
@Composable
private fun PlanCard(text: UiText, plan: BreastfeedingPlan) {
    SectionHeading(plan.title)
    Text(plan.madeOnLabel)
    Text(plan.showStaffLabel)
    plan.adviceChangedLabel?.let { Text(it, style = MaterialTheme.typography.titleSmall) }
    SectionHeading(text["guidance-plan-answers-heading"])
    plan.answersInWords.forEach { line ->
        Column {
            Text(line.question, style = MaterialTheme.typography.labelLarge)
            Text(line.answer)
        }
    }
    SectionHeading(text["guidance-plan-said-heading"])
    AdviceView(text, plan.advice)
}
