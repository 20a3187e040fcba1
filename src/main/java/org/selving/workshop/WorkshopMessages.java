package org.selving.workshop;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the live workshop pages (the presenter screen, its debrief, the pages that start a
 * session, and the participants' pages), in English; the French is in
 * {@code messages/workshop_fr.properties} (same keys). Templates use them as {@code {workshop:key}};
 * the screens' stream gets them through {@code MessageBundles}, in each screen's language.
 */
@MessageBundle(value = "workshop", locale = "en")
public interface WorkshopMessages {

    // The presenter screen

    @Message("Live: {title}")
    String screen_title(String title);

    @Message("{unit}, {day}")
    String screen_about(String unit, String day);

    @Message("{n} answers")
    String count_answers(int n);

    @Message("{n} answers to the second round")
    String count_aims(int n);

    @Message("Join on your phone")
    String join_heading();

    @Message("Go to")
    String join_go_to();

    @Message("and type the code")
    String join_type_code();

    @Message("Or scan this code with your phone's camera.")
    String join_scan();

    @Message("QR code that opens {address}")
    String join_qr_label(String address);

    @Message("Results appear once {first} people have answered. They show in steps of {k}: the screen moves every {k} answers and always stays at least {k} behind, so nobody's answers can be told from the screen moving.")
    String waiting(int first, int k);

    @Message("Showing the first {shown} answers. Results show in steps of {k} and stay at least {k} behind the count, so nobody's answers can be told from the screen moving.")
    String basis_steps(int shown, int k);

    @Message("All {n} answers of the room.")
    String basis_all(int n);

    @Message("The room's internal-health index")
    String overall_index();

    @Message("out of 100")
    String out_of_100();

    @Message("The dimensions")
    String dimensions_heading();

    @Message("Index of each dimension from 0 to 100, with its 95% interval")
    String chart_index_title();

    @Message("One bar per dimension; the line across each bar's end shows the 95% interval. The table below gives the same figures.")
    String chart_index_desc();

    @Message("Unfavorable, neutral and favorable answers to each dimension")
    String chart_favorability_title();

    @Message("One bar per dimension: unfavorable answers in orange, neutral in grey, favorable in blue; the share of favorable answers is written after it. The table below gives the same figures.")
    String chart_favorability_desc();

    @Message("Dimension")
    String dimension();

    @Message("Index (95% interval)")
    String index_interval();

    @Message("Favorable / neutral / unfavorable")
    String shares();

    @Message("Answers")
    String answered();

    @Message("{n} dimensions are not revealed yet: the facilitator reveals them one by one.")
    String dimensions_hidden(int n);

    @Message("Strengths")
    String strengths();

    @Message("Largest gaps between now and in a year")
    String gaps_aim();

    @Message("Largest gaps between the room's groups")
    String gaps_segments();

    @Message("Most room to grow")
    String gaps_lowest();

    @Message("{dimension}: {figure}")
    String highlight(String dimension, String figure);

    @Message("{dimension}: {figure} points")
    String highlight_points(String dimension, String figure);

    @Message("The perception gap in the room")
    String gap_heading();

    @Message("The same dimensions for each group of the room, side by side (index from 0 to 100). A group is shown only when it has at least {k} answers and showing it lets nobody work out a smaller group's answers.")
    String gap_intro(int k);

    @Message("Not shown")
    String gap_withheld();

    @Message("The group “{higher}” sees {dimension} {points} points higher than the group “{lower}”.")
    String gap_reading_clear(String higher, String dimension, String points, String lower);

    @Message("The group “{higher}” sees {dimension} {points} points higher than the group “{lower}”, within what chance explains.")
    String gap_reading_unclear(String higher, String dimension, String points, String lower);

    @Message("{higher} and {lower} on {dimension}: the gap cannot be computed.")
    String gap_reading_none(String higher, String lower, String dimension);

    @Message("Gap in points (95% interval)")
    String gap_points();

    @Message("Effect size (Hedges' g)")
    String gap_effect();

    @Message("Adjusted p")
    String gap_p();

    @Message("The room's groups are not side by side: too few of them answered, or showing them would let someone work out a smaller group's answers.")
    String gap_none();

    @Message("Where should we be in a year?")
    String aim_heading();

    @Message("Now and the room's aim for each dimension")
    String chart_aim_title();

    @Message("For each dimension a line from where the room is now (hollow dot) to where it wants to be in a year (full dot, with its 95% interval). The table below gives the same figures.")
    String chart_aim_desc();

    @Message("Now")
    String aim_now();

    @Message("In a year")
    String aim_aim();

    @Message("Gap")
    String aim_gap();

    @Message("The second round's results appear once {first} people have answered it, in steps of {k}.")
    String aim_waiting(int first, int k);

    @Message("{n} people answered the second round.")
    String aim_basis(String n);

    @Message("The session has ended. Thank you.")
    String ended();

    @Message("Show the latest answers")
    String reload();

    @Message("This screen updates by itself; without JavaScript, use this link.")
    String reload_hint();

    // Facilitator controls

    @Message("Facilitator")
    String controls_heading();

    @Message("Close the round and show all answers")
    String close_round();

    @Message("Reveal the next dimension")
    String reveal_next();

    @Message("Reveal all")
    String reveal_all();

    @Message("Hide the dimensions")
    String reveal_none();

    @Message("Show the perception gap")
    String gap_show();

    @Message("Hide the perception gap")
    String gap_hide();

    @Message("Start the second round: where should we be in a year?")
    String aim_start();

    @Message("Close the second round")
    String aim_close();

    @Message("End the session")
    String end();

    @Message("Ending the session stops the join code and forgets the phones' tickets. The answers stay and count in the assessment's report.")
    String end_hint();

    @Message("Actions and debrief")
    String debrief_link();

    @Message("The live session could not do that")
    String refused();

    // Debrief

    @Message("Debrief: {title}")
    String debrief_title(String title);

    @Message("Print this page")
    String print_hint();

    @Message("Comments")
    String comments_heading();

    @Message("Comments are shown for a question when at least {threshold} people answered it, all together and in no particular order.")
    String comments_rule(int threshold);

    @Message("No question has enough comments to show.")
    String comments_none();

    @Message("The room's comments are shown here once the session has ended.")
    String comments_after_end();

    @Message("Actions")
    String actions_heading();

    @Message("No action yet.")
    String actions_none();

    @Message("Action")
    String action_description();

    @Message("Owner")
    String action_owner();

    @Message("Due")
    String action_due();

    @Message("Add the action")
    String action_add();

    @Message("Remove")
    String action_remove();

    @Message("Remove “{action}”")
    String action_remove_label(String action);

    @Message("Optional. A day, for instance 2026-06-30.")
    String action_due_hint();

    @Message("Back to the screen")
    String back_to_screen();

    // Starting a session

    @Message("Live workshop sessions")
    String sessions_heading();

    @Message("A live session runs in a room: people join on their phones with a short code, answer this assessment, and the presenter screen shows the room's results as they come in. Their answers count in the assessment's report like any others.")
    String sessions_intro();

    @Message("No live session yet.")
    String sessions_none();

    @Message("Session of {day} for {unit}: {phase}")
    String session_row(String day, String unit, String phase);

    @Message("answering")
    String phase_answering();

    @Message("results")
    String phase_results();

    @Message("second round")
    String phase_aiming();

    @Message("second round over")
    String phase_aimed();

    @Message("ended")
    String phase_ended();

    @Message("Open the screen")
    String open_screen();

    @Message("Start a live session")
    String start_heading();

    @Message("The room answers for")
    String start_unit();

    @Message("The unit the answers count for in the assessment's report.")
    String start_unit_hint();

    @Message("Start the session")
    String start_button();

    @Message("A live session needs the assessment to be open and taking answers.")
    String start_not_open();

    @Message("New live workshop")
    String new_workshop();

    @Message("Creates an assessment for the room and opens it, then starts its live session. Answers come only through the session (no open link); you can issue codes for it later.")
    String new_workshop_intro();

    @Message("Create and start")
    String new_workshop_button();

    // Participants

    @Message("Join a live session")
    String join_title();

    @Message("Join the session")
    String join_page_heading();

    @Message("Type the code shown on the screen in the room.")
    String join_lead();

    @Message("Session code")
    String join_code_label();

    @Message("Six letters and digits, as on the screen.")
    String join_code_hint();

    @Message("Type the code shown on the screen.")
    String join_code_missing();

    @Message("Join")
    String join_button();

    @Message("What is recorded")
    String recorded_heading();

    @Message("Your answers are stored with this session and its unit, the group you choose (if you choose one) and the day, nothing else: no name, no account, no address, no time. The screen shows the room's results only in groups of at least {k} people.")
    String recorded_answers(int k);

    @Message("So that each phone answers once, this browser keeps a random ticket (a cookie) while the session runs. It is stored apart from your answers, with nothing that links the two, and forgotten when the session ends.")
    String recorded_ticket();

    @Message("Thank you: your answers are in")
    String thanks_heading();

    @Message("The results appear on the screen in the room. When the facilitator opens the next round, this page offers it.")
    String thanks_wait();

    @Message("Check for the next round")
    String check_next();

    @Message("This phone has already answered this round")
    String already_heading();

    @Message("Each phone answers each round once. Your earlier answers are kept; nothing was changed.")
    String already_text();

    @Message("This round is closed")
    String closed_heading();

    @Message("The facilitator has closed the answering. If there is a next round, this page will offer it.")
    String closed_text();

    @Message("The session has ended")
    String session_ended_heading();

    @Message("Thank you for taking part.")
    String session_ended_text();

    @Message("Where should we be in a year?")
    String aim_form_title();

    @Message("The same statements again: this time answer as you would like things to be in a year.")
    String aim_form_lead();
}
