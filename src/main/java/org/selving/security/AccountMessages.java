package org.selving.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of signing in, the staff navigation and signed-in home, and the administration of
 * accounts, in English; the French is in {@code messages/account_fr.properties} (same keys). Templates
 * use them as {@code {account:key}}.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMessages {

    // Signing in

    @Message("Sign in")
    String login_title();

    @Message("Sign in to Selving")
    String login_heading();

    @Message("For administrators, consultants and managers. Answering a questionnaire needs no account: use the code or the link you were given.")
    String login_intro();

    @Message("Email address")
    String login_email();

    @Message("Password")
    String login_password();

    @Message("Sign in")
    String login_submit();

    @Message("The email address or the password is wrong, or the account is locked. After {max} failed attempts in a row, an account is locked for {minutes} minutes.")
    String login_failed(int max, long minutes);

    @Message("Enter your email address and your password.")
    String login_missing();

    @Message("You are signed out.")
    String login_signed_out();

    @Message("Answer a questionnaire")
    String login_answer_instead();

    // Staff navigation and signed-in home

    @Message("Main navigation")
    String layout_navigation();

    @Message("Signed in as {name}")
    String layout_signed_in_as(String name);

    @Message("Sign out")
    String layout_sign_out();

    @Message("Home")
    String console_title();

    @Message("Accounts")
    String console_accounts();

    @Message("Your organizations")
    String console_heading();

    @Message("No organization yet.")
    String console_none();

    @Message("You see {unit} and the units below it.")
    String console_limited(String unit);

    @Message("Administrator")
    String role_administrator();

    @Message("Consultant")
    String role_consultant();

    @Message("Manager")
    String role_manager();

    // Administration of accounts

    @Message("Accounts")
    String accounts_title();

    @Message("Email address")
    String accounts_email();

    @Message("Name")
    String accounts_name();

    @Message("Role")
    String accounts_role();

    @Message("Access")
    String accounts_access();

    @Message("every organization")
    String accounts_access_all();

    @Message("none yet")
    String accounts_access_none();

    @Message("Locked")
    String accounts_locked();

    @Message("New account")
    String accounts_new();

    @Message("Password")
    String accounts_password();

    @Message("At least {min} characters. Hand it over separately from the email address.")
    String accounts_password_hint(int min);

    @Message("Organization (managers)")
    String accounts_organization();

    @Message("None")
    String accounts_no_organization();

    @Message("Only this unit and the units below it (managers; optional)")
    String accounts_unit();

    @Message("The whole organization")
    String accounts_whole_organization();

    @Message("Client organizations (consultants)")
    String accounts_clients();

    @Message("Create the account")
    String accounts_create();

    @Message("The account was created.")
    String accounts_created();

    @Message("Account {email}")
    String account_title(String email);

    @Message("Locked: no sign-in, and its sessions and API tokens stop working")
    String account_lock();

    @Message("Save")
    String account_save();

    @Message("The account was saved.")
    String account_saved();

    @Message("New password")
    String account_reset_heading();

    @Message("Set this password")
    String account_reset();

    @Message("The password was changed; the account's sessions have ended.")
    String account_reset_done();

    @Message("Delete the account")
    String account_delete_heading();

    @Message("Its sessions and API tokens end at once. The audit log keeps what it did.")
    String account_delete_warning();

    @Message("Delete")
    String account_delete();

    @Message("The account was deleted.")
    String account_deleted();

    @Message("All accounts")
    String account_back();
}
