"""The kinds of cues/roles.tsv, in a module of their own: the matcher's readers load the table too (directive_lists.py)
without reading the roles module, which reads the matcher."""

from __future__ import annotations

ROLE_CUE_KINDS = frozenset(
    {
        "honorific",
        "person_honorific",
        "coordinate_before",
        "channel_before",
        "coordinate_adverb",
        "coordinate_after",
        "label_lead",
        "label_coordinate",
        "report_verb",
        "report_to_word",
        "report_before",
        "send_verb",
        "send_object",
        "send_to_word",
        "lead_verb",
        "lead_before",
        "lead_after",
        "action_after",
        "agent_before",
        "not_actor_before",
        "leader_title",
        "duty_title",
        "common_duty_title",
        "source_noun",
        "speaker_verb",
        "passive_before",
        "reported_verb",
        "named_actor_head",
        "assignee_head",
        "issuer_organ",
        "class_head_title",
        "any_head_title",
        "courtesy_word",
        "addressees_at_large",
        "submit_verb",
        "submit_to_word",
        "submit_head",
        "duty_bound",
        "guide_verb",
        "cited_title_before",
    }
)
