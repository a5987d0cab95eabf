/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-test-util.h — what the widget tests (test-window.c, test-phone-page.c,
 * test-messages-gui.c, test-interaction-form.c) share: waiting on the main
 * context (never sleeping), finding widgets and windows, running the real
 * application, preparing its database through the core, and running each
 * case in a subprocess of its own on a temporary database.
 *
 * Every helper that can fail fails the test (g_error() or g_assert_*()),
 * so that a changed layout or a refused save is noticed, not guessed at.
 */
#pragma once

#include <adwaita.h>

#include "acc-application.h"

G_BEGIN_DECLS

/* Times ------------------------------------------------------------------ */

/* Generous: the app answers in far less (the repository is watched every
 * 500 ms, the call form's look-up waits 150 ms); the limit only turns a
 * hang into a failure. */
#define WAIT_MS 3000

#define MINUTE_US (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define HOUR_US (60 * MINUTE_US)
#define DAY_US (24 * HOUR_US)

/* Waiting ---------------------------------------------------------------- */

/* A GSourceFunc that sets the gboolean at @user_data, once. */
gboolean acc_test_set_flag (gpointer user_data);

/* @ms times $ACCUEIL_TEST_SLOWDOWN (a whole number, 1 when unset): the
 * limits that turn a hang into a failure, stretched when the tests run
 * many times slower than usual, under valgrind (build-aux/dev
 * test-valgrind). */
guint acc_test_scale_ms (guint ms);

/* Runs the main context until @condition holds; fails the test, naming the
 * condition and the caller's line, if it does not within @timeout_ms.
 * Called from inside the application's main loop too: the windows keep
 * drawing and the repository watch keeps running. */
#define WAIT_UNTIL(condition, timeout_ms)                                             \
  G_STMT_START {                                                                      \
    gboolean timed_out_ = FALSE;                                                      \
    guint timeout_id_ = g_timeout_add (acc_test_scale_ms (timeout_ms),                \
                                       acc_test_set_flag, &timed_out_);               \
    while (!(condition))                                                              \
      {                                                                               \
        if (timed_out_)                                                               \
          g_error ("%s:%d: still false after %u ms: %s",                              \
                   __FILE__, __LINE__, acc_test_scale_ms (timeout_ms), #condition);   \
        g_main_context_iteration (NULL, TRUE);                                        \
      }                                                                               \
    if (!timed_out_)                                                                  \
      g_source_remove (timeout_id_);                                                  \
  } G_STMT_END

/* Lets the main context run for @ms: only to show that something does NOT
 * happen. */
void acc_test_run_for (guint ms);

/* Finding widgets and windows -------------------------------------------- */

/* Every descendant of @root (depth first, in child order) of @type (or any
 * type with G_TYPE_INVALID) and, unless NULL, with @buildable_id. */
GPtrArray *acc_test_find_all (gpointer    root,
                              GType       type,
                              const char *buildable_id);

/* The one descendant that matches; fails the test when there is none or
 * more than one. */
gpointer acc_test_find_one (gpointer    root,
                            GType       type,
                            const char *buildable_id);

/* Visible and mapped: on screen. */
gboolean acc_test_is_shown (gpointer widget);

/* Whether some label under @root shows text containing @needle. */
gboolean acc_test_some_label_contains (gpointer    root,
                                       const char *needle);

/* The same, counting only the labels on screen (acc_test_is_shown()). */
gboolean acc_test_shown_label_contains (gpointer    root,
                                        const char *needle);

/* The number of items of @model; 0 for NULL. */
guint acc_test_n_items (GListModel *model);

/* The open toplevel of @type, owned by an application or not (a message
 * dialog is only transient for its parent), or NULL; fails the test when
 * there are several. */
gpointer acc_test_find_toplevel (GType type);

/* The window of @type that @app shows, or NULL; fails the test when there
 * are several. */
gpointer acc_test_app_window (AccApplication *app,
                              GType           type);

/* Whether @app has a window of @type, and it is mapped. */
gboolean acc_test_app_window_shown (AccApplication *app,
                                    GType           type);

/* Destroys every toplevel still open and runs what that queued: their
 * dispose happens inside the test, where a warning is a failure. */
void acc_test_destroy_toplevels (void);

/* Running the application ------------------------------------------------ */

typedef void (*AccTestAppBody) (AccApplication *app,
                                GtkWindow      *first_window,
                                gpointer        data);

/* Runs the application as `accueil ARGS…` (@args NULL-terminated, or NULL)
 * on $ACCUEIL_DATABASE; once its first window is mapped and active, calls
 * @body with it, then quits the application as Ctrl+Q does, checks that it
 * exited with 0, and destroys what windows are left. */
void acc_test_run_application (const char * const *args,
                               AccTestAppBody      body,
                               gpointer            data);

/* Preparing the database through the core -------------------------------- */

/* $ACCUEIL_DATABASE: the case's temporary database. */
const char *acc_test_database_path (void);

/* Another connection to the case's database: what another window or
 * accueil-cli would hold. */
AccRepository *acc_test_open_repository (void);

/* Names the organisation and, unless @phone_greeting is NULL, sets its
 * phone greeting template. */
void acc_test_save_organisation (AccRepository *repository,
                                 const char    *name,
                                 const char    *phone_greeting);

/* A staff member, saved; @phone may be NULL. */
AccStaffMember *acc_test_save_staff (AccRepository *repository,
                                     const char    *name,
                                     AccRole        role,
                                     const char    *phone,
                                     gboolean       active);

/* The desk the phone and visit page tests start from: an organisation, an
 * agent and a supervisor (with a phone), saved. */
#define ACC_TEST_AGENT_NAME "Léa Moreau"
#define ACC_TEST_SUPERVISOR_NAME "Benoît Garnier"

typedef struct
{
  AccStaffMember *agent;
  AccStaffMember *supervisor;
} AccTestStaff;

AccRepository *acc_test_prepare_desk (AccTestStaff *staff);
void acc_test_staff_clear (AccTestStaff *staff);

/* A weekly range of the schedule (a phone slot, opening hours), saved. */
void acc_test_save_schedule_range (AccRepository   *repository,
                                   AccScheduleKind  kind,
                                   guint            weekday,
                                   guint            start_minute,
                                   guint            end_minute);

/* acc_test_run_application() with `--staff AGENT_NAME`. */
void acc_test_run_as_agent (AccTestAppBody body,
                            gpointer       data);

/* Times around now, in local time: today at @minute past midnight (may be
 * 24:00 or later: tomorrow), unix microseconds, the minute of the day. */
GDateTime *acc_test_today_at (guint minute);
gint64 acc_test_to_us (GDateTime *when);
guint acc_test_minute_now (void);

/* Each case in its own process, on its own temporary folder -------------- */

typedef struct
{
  const char *path;
  GTestFunc func;
} AccTestCase;

/* g_test_init() with the memory GSettings backend (never the developer's
 * own settings, whatever the caller set); fails when there is no display
 * (the tests run through tests/run-with-display.sh). */
void acc_test_init (int    *argc,
                    char ***argv);

/* Fails unless the application's GSettings schema is found (the build
 * folder's data/ in GSETTINGS_SCHEMA_DIR). */
void acc_test_require_schemas (void);

/* Adds each of @cases to run in a subprocess of its own (GTK starts fresh;
 * a warning or a crash is that case's failure), with $ACCUEIL_DATABASE in a
 * new temporary folder named after @name, removed afterwards whatever
 * happened. A case still running after @timeout_s fails. */
void acc_test_add_cases (const char        *name,
                         const AccTestCase *cases,
                         gsize              n_cases,
                         guint              timeout_s);

G_END_DECLS
