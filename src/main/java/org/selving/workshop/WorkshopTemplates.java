package org.selving.workshop;

import org.selving.web.FormErrors;
import org.selving.web.Page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The live workshop pages' templates, under {@code templates/workshop}. */
@CheckedTemplate(basePath = "workshop")
class WorkshopTemplates {

    /** The part of the presenter screen that shows figures; its stream sends it as it changes. */
    static native TemplateInstance results(RoomScreens.Screen screen);

    static native TemplateInstance screen(Page page, WorkshopPages.ScreenPage live, FormErrors errors);

    static native TemplateInstance debrief(Page page, WorkshopPages.DebriefPage debrief, FormErrors errors);

    static native TemplateInstance sessions(Page page, WorkshopPages.SessionsPage sessions, FormErrors errors);

    static native TemplateInstance newWorkshop(Page page, WorkshopPages.NewWorkshopPage workshop, FormErrors errors);

    static native TemplateInstance join(Page page, org.selving.response.CodeEntry entry);

    static native TemplateInstance room(Page page, RoomPages.RoomStatus status);
}
