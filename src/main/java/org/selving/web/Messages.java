package org.selving.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the respondent pages and of the layout and error pages all pages share, in English;
 * the French is in {@code messages/msg_fr.properties} (same keys). Templates use them as
 * {@code {msg:key}} in the locale set on the template instance ({@link PageLanguage}). Questionnaire
 * content comes from the instrument, not from here; the staff pages have their own bundles
 * ({@link ConsoleMessages}, {@link org.selving.security.AccountMessages},
 * {@link org.selving.report.ReportMessages}).
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // Layout

    @Message("Skip to main content")
    String layout_skip_to_content();

    @Message("Language")
    String layout_language();

    @Message("Selving does not track you: no scripts, no analytics. Its only cookies remember your choice of language, protect its forms, and keep staff signed in.")
    String layout_footer();

    @Message("Error:")
    String error_prefix();

    // Error pages

    @Message("Page not found")
    String error_not_found_title();

    @Message("There is nothing at this address. If you typed it, check it for mistakes; if you followed a link, it may be incomplete.")
    String error_not_found_text();

    @Message("Go to the home page")
    String error_to_home();

    @Message("This code cannot be used")
    String error_code_title();

    @Message("The access code is not valid, or it has already been used: each code works only once.")
    String error_code_text();

    @Message("If you have just sent your answers with it, they were recorded and there is nothing more to do. Otherwise, ask the person who gave you the code for a new one.")
    String error_code_already_sent();

    @Message("Enter another code")
    String error_code_other();

    @Message("This questionnaire is not open yet")
    String error_not_open_title();

    @Message("It has not been opened for answers yet.")
    String error_not_open_text();

    @Message("It opens on {when}.")
    String error_not_open_from(String when);

    @Message("Come back then with the same code or link.")
    String error_not_open_come_back();

    @Message("This questionnaire is closed")
    String error_closed_title();

    @Message("It no longer takes answers. Thank you for your interest.")
    String error_closed_text();

    @Message("Something went wrong on our side")
    String error_unexpected_title();

    @Message("We could not show this page. If you were sending your answers, go back and send them again in a moment: they are counted only once.")
    String error_unexpected_text();

    @Message("This request could not be handled")
    String error_refused_title();

    @Message("Go back and try again, or start again from the home page.")
    String error_refused_text();

    @Message("You do not have access to this page")
    String error_forbidden_title();

    @Message("Your account does not allow this. If you think it should, ask an administrator.")
    String error_forbidden_text();

    @Message("Too many attempts")
    String error_too_many_title();

    @Message("Too many codes that cannot be used were entered from your connection. For the safety of everyone's codes, wait a little before you try again.")
    String error_too_many_text();

    @Message("You can try again from {when}.")
    String error_too_many_when(String when);

    @Message("This form has expired")
    String error_form_expired_title();

    @Message("For your security, a form can only be sent from this site, within a few hours of opening it. Go back, reload the page and send it again.")
    String error_form_expired_text();

    // Home page

    @Message("Welcome")
    String home_title();

    @Message("Welcome to Selving")
    String home_heading();

    @Message("Selving helps an organization take an honest look at its own internal health: how well people know and trust one another, talk, share and learn together.")
    String home_what();

    @Message("People who work here answer a short questionnaire anonymously. Results are only ever shown for groups large enough that no one can be singled out.")
    String home_how();

    @Message("Answer a questionnaire")
    String home_code_heading();

    @Message("Your access code")
    String home_code_label();

    @Message("It was given to you on paper or by message, for example K7QM-4TZD-9XWB. Capitals, spaces and dashes do not matter.")
    String home_code_hint();

    @Message("Enter the access code you were given.")
    String home_code_missing();

    @Message("This code cannot be used. Check it for typing mistakes; each code works only once.")
    String home_code_not_usable();

    @Message("Continue")
    String home_code_submit();

    @Message("Were you given a link rather than a code? Just open the link.")
    String home_link_instead();

    @Message("Too many codes that cannot be used were entered from your connection. Wait a minute, then try again.")
    String home_code_too_many();

    @Message("Administrators, consultants and managers: sign in")
    String home_staff_sign_in();

    // Before the questionnaire: what is recorded

    @Message("{organization} · {assessment}")
    String intro_context(String organization, String assessment);

    @Message("What is recorded, and what is not")
    String intro_privacy_heading();

    @Message("Recorded with your answers:")
    String intro_recorded();

    @Message("your answers to the questions; you may skip any question that is not marked as required")
    String intro_recorded_answers();

    @Message("your unit: {unit}")
    String intro_recorded_unit(String unit);

    @Message("the unit you choose at the start of the questionnaire")
    String intro_recorded_unit_chosen();

    @Message("your answer to “{question}”, only if you choose to give it")
    String intro_recorded_segment(String question);

    @Message("your comments, if you write any; they are kept apart from your other answers")
    String intro_recorded_comments();

    @Message("the day you answer")
    String intro_recorded_day();

    @Message("Never recorded:")
    String intro_not_recorded();

    @Message("your name, your email address or any account")
    String intro_not_recorded_identity();

    @Message("your IP address, your device or browser, or the time of day")
    String intro_not_recorded_traces();

    @Message("anything that links your access code to your answers: the code is only marked as used, so that it works once")
    String intro_not_recorded_code();

    @Message("anything that links this link, or you, to your answers")
    String intro_not_recorded_link();

    @Message("Results are only shown for groups of at least {k} people, and comments only for groups of at least {commentK}: no one can be singled out.")
    String intro_threshold(int k, int commentK);

    @Message("There are {count} questions. Answer them as things are today, not as they should be.")
    String intro_length(int count);

    @Message("Start the questionnaire")
    String intro_start();

    @Message("You can change the language at the top of the page before you start.")
    String intro_language_hint();

    // The questionnaire

    @Message("There is a problem")
    String form_error_summary();

    @Message("Where you work")
    String form_unit_heading();

    @Message("Your unit")
    String form_unit_legend();

    @Message("Choose the team or department you belong to. Your answers count only for it and the groups above it.")
    String form_unit_hint();

    @Message("required")
    String form_required();

    @Message("No answer")
    String form_no_answer();

    @Message("Overall")
    String form_outcomes_heading();

    @Message("About you")
    String form_segment_heading();

    @Message("Optional: it lets results be compared between groups of at least {k} people.")
    String form_segment_hint(int k);

    @Message("Prefer not to say")
    String form_prefer_not_to_say();

    @Message("In your own words")
    String form_comments_heading();

    @Message("Optional. Please do not name anyone, yourself included.")
    String form_comments_hint();

    @Message("At most {max} characters.")
    String form_comment_limit(int max);

    @Message("Your answers can be sent only once and cannot be changed afterwards.")
    String form_send_once();

    @Message("Send my answers")
    String form_send();

    @Message("Change language")
    String form_language_legend();

    @Message("Your answers so far are kept.")
    String form_language_hint();

    @Message("Choose one of the options.")
    String form_error_choose();

    @Message("This question is required: choose an answer.")
    String form_error_required();

    @Message("Write at most {max} characters.")
    String form_error_too_long(int max);

    @Message("Answer at least one question before sending.")
    String form_error_nothing_answered();

    @Message("Choose the unit you work in.")
    String form_error_unit();

    @Message("{question}: {problem}")
    String form_error_in_summary(String question, String problem);

    // Thank you

    @Message("Thank you")
    String thanks_title();

    @Message("Your answers have been recorded. Thank you for taking the time.")
    String thanks_recorded();

    @Message("Nothing in them identifies you. If you used an access code, it has now been used and cannot be used again.")
    String thanks_anonymous();

    @Message("You can now close this page.")
    String thanks_close();
}
