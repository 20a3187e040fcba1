package org.selving.invitation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of invitations: the mails themselves (in the participant's language), the page that stops
 * reminders, and the console page where a consultant adds a list and follows the sending, in English;
 * the French is in {@code messages/invitation_fr.properties} (same keys). Templates use them as
 * {@code {invitation:key}}. The mails never say how many others were invited or have answered.
 */
@MessageBundle(value = "invitation", locale = "en")
public interface InvitationMessages {

    // The mails

    @Message("{title}: your invitation to answer")
    String mail_invitation_subject(String title);

    @Message("Reminder: {title}")
    String mail_reminder_subject(String title);

    @Message("Hello,")
    String mail_greeting();

    @Message("{organization} invites you to answer “{title}”, a questionnaire about how it works inside.")
    String mail_invitation_intro(String organization, String title);

    @Message("A reminder: {organization} invites you to answer “{title}”, and your personal link has not been used yet. If you do not wish to answer, you need not do anything.")
    String mail_reminder_intro(String organization, String title);

    @Message("Your answers are anonymous: nothing links them to you or to this e-mail, and results are only ever shown for groups of at least {k} people.")
    String mail_anonymous(int k);

    @Message("Answer with your personal link (it works once):")
    String mail_link_label();

    @Message("Answer now")
    String mail_button();

    @Message("Or go to {address} and type your access code: {code}")
    String mail_code(String address, String code);

    @Message("The questionnaire closes on {date}.")
    String mail_closes(String date);

    @Message("You received this e-mail because {organization} put your address on the list of people asked. The list is deleted when the questionnaire closes.")
    String mail_why(String organization);

    @Message("No more reminders about this questionnaire:")
    String mail_unsubscribe_label();

    // The page that stops reminders (respondents, no account)

    @Message("Stop the reminders")
    String unsubscribe_title();

    @Message("No more reminders about “{title}” will be sent to this address. Your personal link still works if you change your mind.")
    String unsubscribe_explain(String title);

    @Message("Stop the reminders")
    String unsubscribe_button();

    @Message("Done: no more reminders")
    String unsubscribed_title();

    @Message("No reminder about “{title}” will be sent to this address any more.")
    String unsubscribed_done(String title);

    @Message("This link no longer works")
    String unsubscribe_gone_title();

    @Message("The list it belonged to has been deleted (the questionnaire has closed, or its list was kept no longer): no mail will come from it any more.")
    String unsubscribe_gone();

    // The console page

    @Message("Invitations by e-mail")
    String invitations_link();

    @Message("Invitations by e-mail: {title}")
    String invitations_title(String title);

    @Message("Add participants")
    String list_heading();

    @Message("Each person gets an access code of their own and an e-mail with a personal link to the questionnaire, in their language; nothing links their answers to them or to their address. The mails go out once the assessment is open. The addresses are deleted when the assessment closes, or {days} days after they were added.")
    String list_hint(int days);

    @Message("CSV file")
    String list_file();

    @Message("UTF-8, separated by commas, with a header line: email, unit (its name, or its path such as Operations/Warehouse), and optionally language ({languages}). One person per line. Everyone is added, or nobody.")
    String list_file_hint(String languages);

    @Message("Add and invite")
    String list_button();

    @Message("{added} people were added; their invitations are on their way.")
    String list_added(int added);

    @Message("The list was refused. {detail}")
    String list_refused(String detail);




    @Message("The assessment is closed: its list was deleted and no more mails are sent.")
    String list_closed();

    @Message("{people} people are on the list. It will be deleted when the assessment closes, and at the latest on {date}.")
    String list_present(long people, String date);

    @Message("The list was deleted on {date}.")
    String list_deleted(String date);

    @Message("Nobody has been invited by e-mail yet.")
    String list_none();

    @Message("Delete the list now")
    String list_delete_button();

    @Message("The e-mail addresses are deleted for good: no more invitations or reminders. The access codes keep working, and people's answers stay.")
    String list_delete_warning();

    @Message("The list was deleted.")
    String list_deleted_now();

    @Message("Invitations")
    String mails_heading();

    @Message("{sent} sent, {waiting} waiting, {failed} could not be sent.")
    String mails_counts(long sent, long waiting, long failed);

    @Message("Mails wait until the assessment is open and its window has started; they are sent at a steady pace.")
    String mails_hint();

    @Message("Participation")
    String participation_heading();

    @Message("{invited} people invited; at least {answered} of them have answered.")
    String participation_shown(long invited, long answered);

    @Message("{invited} people invited; fewer than {k} of them have answered so far.")
    String participation_fewer(long invited, int k);

    @Message("{invited} people invited; answers are taken once the assessment is open.")
    String participation_not_open(long invited);

    @Message("{invited} people were invited. How many answered, per unit, is in the report's response rates, as far as k allows.")
    String participation_closed(long invited);

    @Message("While the assessment is open this count moves only in steps of {k} and covers the whole organization, never a unit: watching it, or setting it against the report, cannot tell who has just answered, nor what.")
    String participation_rule(int k);

    @Message("Invited per unit")
    String participation_units();

    @Message("Unit")
    String participation_unit();

    @Message("Invited")
    String participation_invited();

    @Message("Reminders")
    String reminders_heading();

    @Message("Reminders go only to people whose code has not been used and who have not asked to stop them. They never say whether others have answered.")
    String reminders_hint();

    @Message("{sent} of {max} reminders sent.")
    String reminders_sent(int sent, int max);

    @Message("The last went out on {date}.")
    String reminders_last(String date);

    @Message("The next can be sent from {date}.")
    String reminders_next(String date);

    @Message("Send a reminder now")
    String reminders_button();

    @Message("A reminder is on its way to the people who have not answered yet.")
    String reminders_started();

    @Message("At most")
    String settings_max();

    @Message("reminders to each person (0 to 10)")
    String settings_max_hint();

    @Message("Days between two mails to one person")
    String settings_gap();

    @Message("1 to 60")
    String settings_gap_hint();

    @Message("Send reminders automatically when they are due")
    String settings_automatic();

    @Message("Save the reminder settings")
    String settings_button();

    @Message("The reminder settings were saved.")
    String settings_saved();
}
