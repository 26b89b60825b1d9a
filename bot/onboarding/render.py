"""How onboarding questions, forms and profiles look, in the neutral message model.

Action ids (stable, so a button on an old DM still works after a restart):

* ``onboard:answer:<question>[:<value>]`` answers during onboarding (a select sends the value
  in the event instead); ``onboard:change:<question>[:<value>]`` answers from ``/profile``;
* ``onboard:done:<question>[:change]`` finishes a multiple-choice question;
* ``onboard:skip:<question>[:change]`` skips (or clears) an optional question;
* ``onboard:form:<question>[:change]`` opens the form for a typed answer;
* ``onboard:edit:<question>`` (from ``/profile``) asks a question again.
"""

from __future__ import annotations

from bot.messages import (
    Button,
    Field,
    Form,
    FormInput,
    Message,
    Section,
    Select,
    SelectOption,
)
from bot.onboarding.settings import QuestionConfig

MAX_BUTTON_OPTIONS = 5
AGREE = "agree"


def suffix(mode: str) -> str:
    return ":change" if mode == "change" else ""


def shown(question: QuestionConfig, values: list[str]) -> str:
    """An answer as the member reads it."""
    if question.kind == "agreement":
        return "agreed" if values else "not yet"
    if not values:
        return "skipped"
    return ", ".join(question.label_of(v) for v in values)


def question_message(
    question: QuestionConfig,
    *,
    number: int,
    total: int,
    mode: str = "answer",
    selected: list[str] | None = None,
    intro: str = "",
    heading: str | None = None,
    guidelines_url: str | None = None,
    known_timezone: str | None = None,
) -> Message:
    """One question with its controls. ``selected`` is the current choice of a multiple
    question (shown ticked)."""
    selected = selected or []
    qid, end = question.id, suffix(mode)
    buttons: list[Button] = []
    selects: list[Select] = []
    sections: list[Section] = []
    if question.kind in ("single", "multiple"):
        if len(question.options) <= MAX_BUTTON_OPTIONS:
            for option in question.options:
                ticked = option.value in selected
                label = (
                    f"✓ {option.label}" if question.kind == "multiple" and ticked else option.label
                )
                buttons.append(
                    Button(
                        f"onboard:{mode}:{qid}:{option.value}",
                        label,
                        style="primary" if ticked else "secondary",
                    )
                )
        else:
            multiple = question.kind == "multiple"
            selects.append(
                Select(
                    f"onboard:{mode}:{qid}",
                    "Choose all that apply" if multiple else "Choose one",
                    tuple(
                        SelectOption(("✓ " if o.value in selected else "") + o.label, o.value)
                        for o in question.options
                    ),
                    max_values=len(question.options) if multiple else 1,
                )
            )
        if question.kind == "multiple":
            buttons.append(Button(f"onboard:done:{qid}{end}", "Done", style="success"))
    elif question.kind in ("text", "timezone"):
        if question.kind == "timezone" and known_timezone:
            buttons.append(
                Button(f"onboard:{mode}:{qid}:{known_timezone}", f"Use {known_timezone}", "primary")
            )
        label = "Enter my time zone" if question.kind == "timezone" else "Type my answer"
        buttons.append(Button(f"onboard:form:{qid}{end}", label, style="primary"))
    else:  # agreement
        if guidelines_url:
            sections.append(
                Section(
                    "Please read them before you agree.",
                    title="Community guidelines",
                    url=guidelines_url,
                )
            )
            buttons.append(Button("onboard:link", "Read the guidelines", url=guidelines_url))
        buttons.append(Button(f"onboard:{mode}:{qid}:{AGREE}", "I agree", style="success"))
    if not question.required and question.kind != "multiple":
        buttons.append(Button(f"onboard:skip:{qid}{end}", "Skip"))
    footer_parts = []
    if question.private:
        footer_parts.append("Private: organizers never see this answer next to your name.")
    if question.kind == "multiple" and selected:
        footer_parts.append("Chosen so far: " + shown(question, selected) + ".")
    step = f"Question {number} of {total}" if mode == "answer" else f"Change: {question.title}"
    title = heading or step
    prompt = f"{step}: {question.prompt}" if heading else question.prompt
    text = f"{intro}\n\n{prompt}" if intro else prompt
    return Message(
        text=text,
        title=title,
        sections=tuple(sections),
        buttons=tuple(buttons),
        selects=tuple(selects),
        footer=" ".join(footer_parts) or None,
    )


def answer_form(question: QuestionConfig, mode: str, default: str = "") -> Form:
    timezone = question.kind == "timezone"
    return Form(
        form_id=f"onboard:{mode}:{question.id}",
        title=question.title[:45],
        intro=question.prompt,
        inputs=(
            FormInput(
                "answer",
                question.title[:45],
                style="short" if timezone else "paragraph",
                required=question.required,
                placeholder="e.g. Europe/London or America/Chicago" if timezone else "",
                default=default,
                max_length=64 if timezone else 500,
            ),
        ),
        submit_label="Save",
    )


def timezone_problem(
    question: QuestionConfig, typed: str, suggestions: list[str], mode: str
) -> Message:
    end = suffix(mode)
    buttons = [Button(f"onboard:{mode}:{question.id}:{zone}", zone) for zone in suggestions]
    buttons.append(Button(f"onboard:form:{question.id}{end}", "Type it again", style="primary"))
    if not question.required:
        buttons.append(Button(f"onboard:skip:{question.id}{end}", "Skip"))
    hint = "Did you mean one of these?" if suggestions else "Try a city-based name."
    return Message(
        text=f"I don't know the time zone “{typed[:64]}”. {hint} "
        "Time zones look like Europe/London or America/Chicago.",
        buttons=tuple(buttons),
    )


def profile_message(
    questions: list[QuestionConfig],
    answers: dict[str, list[str]],
    *,
    onboarded: bool,
    timezone: str | None,
    region: str | None,
    note: str = "",
) -> Message:
    fields = []
    buttons = []
    for question in questions:
        if question.id in answers:
            value = shown(question, answers[question.id])
        else:
            value = "not answered yet"
        if question.private:
            value += " (private)"
        fields.append(Field(question.title, value, inline=False))
        if question.kind != "agreement" and len(buttons) < 24:
            buttons.append(Button(f"onboard:edit:{question.id}", f"Change {question.title}"[:80]))
    text = "Your answers. Only you can see this."
    if not onboarded:
        text += (
            " You haven't finished the welcome questions yet: /start picks up where you stopped."
        )
    if note:
        text = f"{note}\n{text}"
    footer = f"Time zone: {timezone or 'not set'} · Region: {region or 'not set'}"
    return Message(
        text=text,
        title="Your profile",
        fields=tuple(fields),
        buttons=tuple(buttons),
        footer=footer + " · /mydata downloads everything, /forgetme deletes it.",
    )
