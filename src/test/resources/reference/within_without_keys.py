"""The questionnaires of the within/without reference as surveys/selving.yaml and surveys/selving_mirror.yaml
define them: dimensions and their items in storage order, negatively worded items, and which internal item each
mirror item pairs with. Written out by hand (not read from the YAML), so that a change of a file shows as a
difference.
"""

SELVING = {
    "knowing_ourselves": ["know_purpose", "know_values_shared", "know_image_gap", "know_honest_look"],
    "clear_boundaries": ["bound_role_clear", "bound_who_decides", "bound_flexible", "bound_overlap"],
    "relating_communication": ["comm_respectful", "comm_listened_to", "comm_strained", "comm_feedback"],
    "staying_connected": ["conn_who_to_ask", "conn_silos", "conn_informed", "conn_fizzle_out"],
    "values_dialogue": ["dial_direction_discussed", "dial_values_guide", "dial_announced", "dial_my_part"],
    "safety_to_speak": ["safe_unpopular", "safe_mistakes", "safe_keep_quiet", "safe_question_leaders"],
    "wins_and_losses": ["wins_celebrated", "wins_failures_discussed", "wins_bad_news_hidden", "wins_lessons_shared"],
    "mutual_regard": ["regard_colleagues", "regard_for_leaders", "regard_for_staff", "regard_us_and_them"],
    "knowledge_transmission": ["kt_someone_shows", "kt_lost_on_departure", "kt_newcomers", "kt_hoarding"],
    "relating_outward": ["out_voice_heard", "out_same_care", "out_glass_walls", "out_promise_gap"],
}
SELVING_REVERSED = {"know_image_gap", "bound_overlap", "comm_strained", "conn_silos", "conn_fizzle_out",
                    "dial_announced", "safe_keep_quiet", "wins_bad_news_hidden", "regard_us_and_them",
                    "kt_lost_on_departure", "kt_hoarding", "out_promise_gap"}
MIRROR = {
    "relating_outward": ["mirror_voice_heard", "mirror_treated_with_care", "mirror_confidence_inside",
                         "mirror_promises_kept"],
    "listening": ["mirror_listened_to", "mirror_respectful_disagreement"],
    "working_as_one": ["mirror_repeat_myself", "mirror_whom_to_contact", "mirror_clear_responsibility"],
    "openness": ["mirror_bad_news_early", "mirror_image_matches"],
    "learning": ["mirror_open_about_failures", "mirror_same_problems_return", "mirror_knowledge_kept"],
}
MIRROR_REVERSED = {"mirror_repeat_myself", "mirror_same_problems_return"}
PAIRS = {
    "mirror_voice_heard": "out_voice_heard", "mirror_treated_with_care": "out_same_care",
    "mirror_confidence_inside": "out_glass_walls", "mirror_promises_kept": "out_promise_gap",
    "mirror_listened_to": "comm_listened_to", "mirror_respectful_disagreement": "comm_respectful",
    "mirror_repeat_myself": "conn_silos", "mirror_whom_to_contact": "conn_who_to_ask",
    "mirror_clear_responsibility": "bound_who_decides", "mirror_bad_news_early": "wins_bad_news_hidden",
    "mirror_image_matches": "know_image_gap", "mirror_open_about_failures": "wins_failures_discussed",
    "mirror_same_problems_return": "wins_lessons_shared", "mirror_knowledge_kept": "kt_lost_on_departure",
}
