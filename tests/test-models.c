/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-models.c — the core's model objects: every property reads back what
 * was written and notifies exactly once per change, and the small rules the
 * models carry (greetings, weekly ranges, closures, due dates) hold at their
 * edges.
 */
#include "acc-core.h"

#define A_TIME_US G_GINT64_CONSTANT (1767225600000000) /* 2026-01-01 00:00 UTC */

/* Notifications seen on one object since the last check. */
typedef struct
{
  guint       count;
  const char *last_name;
} NotifySeen;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  NotifySeen *seen = user_data;

  seen->count++;
  seen->last_name = pspec->name;
}

static void
watch_notify (gpointer    object,
              NotifySeen *seen)
{
  seen->count = 0;
  seen->last_name = NULL;
  g_signal_connect (object, "notify", G_CALLBACK (on_notify), seen);
}

static void
assert_notified_once (NotifySeen *seen,
                      const char *property_name)
{
  g_assert_cmpuint (seen->count, ==, 1);
  g_assert_cmpstr (seen->last_name, ==, property_name);
  seen->count = 0;
  seen->last_name = NULL;
}

static void
assert_silent (NotifySeen *seen)
{
  g_assert_cmpuint (seen->count, ==, 0);
}

/* Through the C API: a change notifies once; setting the same value again,
 * whether an equal copy or the stored pointer itself, does not. */
#define CHECK_STRING(prefix, object, field, property, value, seen)           \
  G_STMT_START {                                                              \
    g_autofree char *equal_copy = g_strdup (value);                           \
    acc_##prefix##_set_##field (object, value);                               \
    assert_notified_once (seen, property);                                    \
    g_assert_cmpstr (acc_##prefix##_get_##field (object), ==, value);         \
    acc_##prefix##_set_##field (object, equal_copy);                          \
    acc_##prefix##_set_##field (object, acc_##prefix##_get_##field (object)); \
    assert_silent (seen);                                                     \
    acc_##prefix##_set_##field (object, NULL);                                \
    assert_notified_once (seen, property);                                    \
    g_assert_null (acc_##prefix##_get_##field (object));                      \
    acc_##prefix##_set_##field (object, NULL);                                \
    assert_silent (seen);                                                     \
    acc_##prefix##_set_##field (object, value);                               \
    assert_notified_once (seen, property);                                    \
  } G_STMT_END

#define CHECK_NUMBER(prefix, object, field, property, value, seen) \
  G_STMT_START {                                                  \
    acc_##prefix##_set_##field (object, value);                   \
    assert_notified_once (seen, property);                        \
    g_assert_cmpint (acc_##prefix##_get_##field (object), ==, value); \
    acc_##prefix##_set_##field (object, value);                   \
    assert_silent (seen);                                         \
  } G_STMT_END

/* Through GObject, for every property of @type: a fresh object holds the
 * declared defaults, every property but none other is writable with explicit
 * notification, and g_object_set() goes through the notifying setter. */
static void
check_properties_through_gobject (GType type)
{
  g_autoptr(GObject) object = g_object_new (type, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  NotifySeen seen;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  g_assert_cmpuint (n_pspecs, >, 0);
  watch_notify (object, &seen);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType value_type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) current = G_VALUE_INIT;
      g_auto(GValue) changed = G_VALUE_INIT;
      g_auto(GValue) read_back = G_VALUE_INIT;

      g_assert_true (pspec->flags & G_PARAM_READABLE);
      g_assert_true (pspec->flags & G_PARAM_WRITABLE);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_cmpint (pspec->flags & G_PARAM_STATIC_STRINGS, ==, G_PARAM_STATIC_STRINGS);
      g_assert_false (pspec->flags & G_PARAM_CONSTRUCT_ONLY);

      g_value_init (&current, value_type);
      g_object_get_property (object, pspec->name, &current);
      if (!g_param_value_defaults (pspec, &current))
        g_error ("%s:%s does not start at its declared default", g_type_name (type), pspec->name);

      g_value_init (&changed, value_type);
      if (value_type == G_TYPE_STRING)
        {
          g_autofree char *text = g_strdup_printf ("« %s » modifié", pspec->name);
          g_value_set_string (&changed, text);
        }
      else if (value_type == G_TYPE_INT64)
        g_value_set_int64 (&changed, g_value_get_int64 (&current) + A_TIME_US);
      else if (value_type == G_TYPE_UINT)
        {
          GParamSpecUInt *uint_pspec = G_PARAM_SPEC_UINT (pspec);
          guint old = g_value_get_uint (&current);

          g_value_set_uint (&changed, old < uint_pspec->maximum ? old + 1 : old - 1);
        }
      else if (value_type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&changed, !g_value_get_boolean (&current));
      else if (G_TYPE_IS_ENUM (value_type))
        {
          GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
          int old = g_value_get_enum (&current);

          g_assert_cmpuint (enum_class->n_values, >=, 2);
          g_value_set_enum (&changed,
                            enum_class->values[0].value != old ? enum_class->values[0].value
                                                               : enum_class->values[1].value);
        }
      else if (value_type == G_TYPE_VARIANT)
        {
          /* A list of ids ("ax", the documents handed over): one id more. */
          const GVariantType *variant_type = G_PARAM_SPEC_VARIANT (pspec)->type;
          const gint64 ids[] = { 3, 7 };

          g_assert_true (g_variant_type_equal (variant_type, G_VARIANT_TYPE ("ax")));
          g_value_set_variant (&changed, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids,
                                                                    G_N_ELEMENTS (ids), sizeof (gint64)));
        }
      else
        g_assert_not_reached ();

      g_object_set_property (object, pspec->name, &changed);
      assert_notified_once (&seen, pspec->name);

      g_value_init (&read_back, value_type);
      g_object_get_property (object, pspec->name, &read_back);
      g_assert_cmpint (g_param_values_cmp (pspec, &read_back, &changed), ==, 0);

      g_object_set_property (object, pspec->name, &changed);
      assert_silent (&seen);
    }
}

static void
test_properties_through_gobject (void)
{
  const GType types[] = {
    ACC_TYPE_STAFF_MEMBER,
    ACC_TYPE_CONTACT,
    ACC_TYPE_INTERACTION,
    ACC_TYPE_MESSAGE,
    ACC_TYPE_DIRECTORY_ENTRY,
    ACC_TYPE_DOCUMENT,
    ACC_TYPE_SCHEDULE_RANGE,
    ACC_TYPE_CLOSURE,
    ACC_TYPE_ORGANISATION,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    check_properties_through_gobject (types[i]);
}

static void
test_contact (void)
{
  g_autoptr(AccContact) contact = acc_contact_new ("Jeanne Dupont");
  g_autoptr(AccContact) saved = g_object_new (ACC_TYPE_CONTACT, "id", (gint64) 42, NULL);
  NotifySeen seen;

  g_assert_cmpint (acc_contact_get_id (contact), ==, 0);
  g_assert_cmpstr (acc_contact_get_name (contact), ==, "Jeanne Dupont");
  g_assert_cmpint (acc_contact_get_kind (contact), ==, ACC_CONTACT_KIND_PROSPECT);
  g_assert_null (acc_contact_get_phone (contact));
  g_assert_cmpint (acc_contact_get_created_at (contact), ==, 0);
  g_assert_cmpint (acc_contact_get_id (saved), ==, 42);

  watch_notify (contact, &seen);
  CHECK_NUMBER (contact, contact, id, "id", 7, &seen);
  CHECK_STRING (contact, contact, name, "name", "Hélène Lefèvre-Müller", &seen);
  CHECK_STRING (contact, contact, organisation, "organisation", "SARL Les Écuries", &seen);
  CHECK_STRING (contact, contact, phone, "phone", "+33612345678", &seen);
  CHECK_STRING (contact, contact, email, "email", "helene@example.fr", &seen);
  CHECK_STRING (contact, contact, address, "address", "3 rue de l'Église\n25000 Besançon", &seen);
  CHECK_NUMBER (contact, contact, kind, "kind", ACC_CONTACT_KIND_CLIENT, &seen);
  CHECK_NUMBER (contact, contact, kind, "kind", ACC_CONTACT_KIND_PARTNER, &seen);
  CHECK_STRING (contact, contact, notes, "notes", "Préfère être rappelée le matin.", &seen);
  CHECK_NUMBER (contact, contact, created_at, "created-at", A_TIME_US, &seen);
  CHECK_NUMBER (contact, contact, updated_at, "updated-at", A_TIME_US + 1, &seen);
}

static void
test_interaction (void)
{
  g_autoptr(AccInteraction) visit = acc_interaction_new (ACC_CHANNEL_VISIT);
  g_autoptr(AccInteraction) call = acc_interaction_new (ACC_CHANNEL_PHONE);
  NotifySeen seen;

  g_assert_cmpint (acc_interaction_get_channel (visit), ==, ACC_CHANNEL_VISIT);
  g_assert_cmpint (acc_interaction_get_channel (call), ==, ACC_CHANNEL_PHONE);
  g_assert_cmpint (acc_interaction_get_id (visit), ==, 0);
  g_assert_cmpint (acc_interaction_get_started_at (visit), ==, 0);
  g_assert_cmpint (acc_interaction_get_ended_at (visit), ==, 0);
  g_assert_cmpint (acc_interaction_get_outcome (visit), ==, ACC_OUTCOME_ANSWERED);
  g_assert_cmpuint (acc_interaction_get_checklist (visit), ==, 0);

  watch_notify (call, &seen);
  CHECK_NUMBER (interaction, call, id, "id", 12, &seen);
  CHECK_NUMBER (interaction, call, channel, "channel", ACC_CHANNEL_VISIT, &seen);
  CHECK_NUMBER (interaction, call, started_at, "started-at", A_TIME_US, &seen);
  CHECK_NUMBER (interaction, call, ended_at, "ended-at", A_TIME_US + 5 * G_TIME_SPAN_MINUTE, &seen);
  CHECK_NUMBER (interaction, call, staff_id, "staff-id", 3, &seen);
  CHECK_STRING (interaction, call, staff_name, "staff-name", "Véronique", &seen);
  CHECK_NUMBER (interaction, call, contact_id, "contact-id", 8, &seen);
  CHECK_STRING (interaction, call, name, "name", "M. Noël", &seen);
  CHECK_STRING (interaction, call, organisation, "organisation", "Crèche « Les Lutins »", &seen);
  CHECK_STRING (interaction, call, phone, "phone", "+33381000000", &seen);
  CHECK_STRING (interaction, call, email, "email", "noel@example.fr", &seen);
  CHECK_STRING (interaction, call, reason, "reason", "Demande de devis", &seen);
  CHECK_STRING (interaction, call, notes, "notes", "Rappeler après 14 h", &seen);
  CHECK_NUMBER (interaction, call, outcome, "outcome", ACC_OUTCOME_ORIENTED, &seen);
  CHECK_STRING (interaction, call, outcome_detail, "outcome-detail", "Horaires donnés", &seen);
  CHECK_NUMBER (interaction, call, supervisor_id, "supervisor-id", 2, &seen);
  CHECK_NUMBER (interaction, call, directory_id, "directory-id", 5, &seen);
  CHECK_NUMBER (interaction, call, checklist, "checklist", (1u << 0) | (1u << 3), &seen);
  CHECK_NUMBER (interaction, call, checklist, "checklist", G_MAXUINT, &seen);
}

static void
test_message (void)
{
  g_autoptr(AccMessage) message = acc_message_new ();
  NotifySeen seen;

  g_assert_cmpint (acc_message_get_id (message), ==, 0);
  g_assert_cmpint (acc_message_get_status (message), ==, ACC_MESSAGE_STATUS_NEW);
  g_assert_cmpint (acc_message_get_source (message), ==, ACC_MESSAGE_SOURCE_CALL);
  g_assert_false (acc_message_get_urgent (message));
  g_assert_cmpint (acc_message_get_due_at (message), ==, 0);
  g_assert_cmpint (acc_message_get_interaction_id (message), ==, 0);
  g_assert_true (acc_message_is_open (message));

  watch_notify (message, &seen);
  CHECK_NUMBER (message, message, id, "id", 30, &seen);
  CHECK_NUMBER (message, message, created_at, "created-at", A_TIME_US, &seen);
  CHECK_NUMBER (message, message, taken_by_id, "taken-by-id", 1, &seen);
  CHECK_STRING (message, message, taken_by_name, "taken-by-name", "Zoé", &seen);
  CHECK_NUMBER (message, message, recipient_id, "recipient-id", 2, &seen);
  CHECK_STRING (message, message, recipient_name, "recipient-name", "François", &seen);
  CHECK_NUMBER (message, message, source, "source", ACC_MESSAGE_SOURCE_VOICEMAIL, &seen);
  CHECK_NUMBER (message, message, interaction_id, "interaction-id", 12, &seen);
  CHECK_NUMBER (message, message, contact_id, "contact-id", 8, &seen);
  CHECK_STRING (message, message, name, "name", "Mme Bérénice Roy", &seen);
  CHECK_STRING (message, message, organisation, "organisation", "Cabinet Roy & Fils", &seen);
  CHECK_STRING (message, message, phone, "phone", "+33612345678", &seen);
  CHECK_STRING (message, message, email, "email", "b.roy@example.fr", &seen);
  CHECK_STRING (message, message, reason, "reason", "Facture", &seen);
  CHECK_STRING (message, message, body, "body", "Souhaite être rappelée\nau sujet de sa facture.", &seen);
  CHECK_NUMBER (message, message, urgent, "urgent", TRUE, &seen);
  CHECK_NUMBER (message, message, due_at, "due-at", A_TIME_US + G_TIME_SPAN_DAY, &seen);
  CHECK_NUMBER (message, message, status, "status", ACC_MESSAGE_STATUS_IN_PROGRESS, &seen);
  CHECK_STRING (message, message, resolution, "resolution", "Rappelée, réglé.", &seen);
  CHECK_NUMBER (message, message, status_changed_at, "status-changed-at", A_TIME_US + 1, &seen);

  /* Any true value is TRUE: setting 2 after TRUE changes nothing. */
  acc_message_set_urgent (message, 2);
  assert_silent (&seen);
  g_assert_true (acc_message_get_urgent (message) == TRUE);
}

static void
test_message_open_and_overdue (void)
{
  g_autoptr(AccMessage) message = acc_message_new ();
  const gint64 due = A_TIME_US + 2 * G_TIME_SPAN_DAY;
  const struct {
    AccMessageStatus status;
    gboolean open;
  } statuses[] = {
    { ACC_MESSAGE_STATUS_NEW, TRUE },
    { ACC_MESSAGE_STATUS_READ, TRUE },
    { ACC_MESSAGE_STATUS_IN_PROGRESS, TRUE },
    { ACC_MESSAGE_STATUS_DONE, FALSE },
    { ACC_MESSAGE_STATUS_FORWARDED, FALSE },
  };

  /* No due time: never overdue, however late. */
  g_assert_false (acc_message_is_overdue (message, G_MAXINT64));

  acc_message_set_due_at (message, due);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      acc_message_set_status (message, statuses[i].status);
      g_assert_cmpint (acc_message_is_open (message), ==, statuses[i].open);
      g_assert_false (acc_message_is_overdue (message, due - 1));
      g_assert_false (acc_message_is_overdue (message, due));
      g_assert_cmpint (acc_message_is_overdue (message, due + 1), ==, statuses[i].open);
    }
}

static void
test_directory_entry (void)
{
  g_autoptr(AccDirectoryEntry) entry = acc_directory_entry_new ("CCAS de Besançon");
  NotifySeen seen;

  g_assert_cmpint (acc_directory_entry_get_id (entry), ==, 0);
  g_assert_cmpstr (acc_directory_entry_get_name (entry), ==, "CCAS de Besançon");
  g_assert_null (acc_directory_entry_get_category (entry));

  watch_notify (entry, &seen);
  CHECK_NUMBER (directory_entry, entry, id, "id", 4, &seen);
  CHECK_STRING (directory_entry, entry, name, "name", "Caisse d'allocations familiales", &seen);
  CHECK_STRING (directory_entry, entry, category, "category", "CAF", &seen);
  CHECK_STRING (directory_entry, entry, phone, "phone", "+33969322152", &seen);
  CHECK_STRING (directory_entry, entry, email, "email", "contact@caf.example.fr", &seen);
  CHECK_STRING (directory_entry, entry, address, "address", "2 rue Denis Papin, Besançon", &seen);
  CHECK_STRING (directory_entry, entry, website, "website", "https://www.caf.fr", &seen);
  CHECK_STRING (directory_entry, entry, hours, "hours", "Lun.–ven. 8 h 30 – 16 h 30", &seen);
  CHECK_STRING (directory_entry, entry, notes, "notes", "Sur rendez-vous l'après-midi", &seen);
}

static void
test_document (void)
{
  g_autoptr(AccDocument) document = acc_document_new ("Tarifs 2026", ACC_DOCUMENT_PRICE_LIST);
  NotifySeen seen;

  g_assert_cmpint (acc_document_get_id (document), ==, 0);
  g_assert_cmpstr (acc_document_get_title (document), ==, "Tarifs 2026");
  g_assert_cmpint (acc_document_get_kind (document), ==, ACC_DOCUMENT_PRICE_LIST);
  g_assert_cmpuint (acc_document_get_review_interval_days (document), ==, 365);
  g_assert_cmpint (acc_document_get_reviewed_at (document), ==, 0);

  watch_notify (document, &seen);
  CHECK_NUMBER (document, document, id, "id", 9, &seen);
  CHECK_STRING (document, document, title, "title", "Livret d'accueil", &seen);
  CHECK_NUMBER (document, document, kind, "kind", ACC_DOCUMENT_WELCOME_BOOKLET, &seen);
  CHECK_STRING (document, document, location, "location", "/srv/accueil/Livret d’accueil.pdf", &seen);
  CHECK_NUMBER (document, document, reviewed_at, "reviewed-at", A_TIME_US, &seen);
  CHECK_NUMBER (document, document, reviewed_by_id, "reviewed-by-id", 3, &seen);
  CHECK_NUMBER (document, document, review_interval_days, "review-interval-days", 30, &seen);
}

static void
test_document_review (void)
{
  g_autoptr(AccDocument) document = acc_document_new ("Horaires", ACC_DOCUMENT_OPENING_HOURS_POSTER);
  gint64 due;

  /* Never reviewed: no due date, and overdue whatever the time. */
  g_assert_cmpint (acc_document_get_review_due (document), ==, 0);
  g_assert_true (acc_document_is_review_overdue (document, 0));
  g_assert_true (acc_document_is_review_overdue (document, A_TIME_US));

  acc_document_set_reviewed_at (document, A_TIME_US);
  due = A_TIME_US + 365 * G_TIME_SPAN_DAY;
  g_assert_cmpint (acc_document_get_review_due (document), ==, due);
  g_assert_false (acc_document_is_review_overdue (document, A_TIME_US));
  g_assert_false (acc_document_is_review_overdue (document, due));
  g_assert_true (acc_document_is_review_overdue (document, due + 1));

  acc_document_set_review_interval_days (document, 30);
  g_assert_cmpint (acc_document_get_review_due (document), ==, A_TIME_US + 30 * G_TIME_SPAN_DAY);
  g_assert_true (acc_document_is_review_overdue (document, A_TIME_US + 31 * G_TIME_SPAN_DAY));

  /* The longest interval still gives a date, not an overflow. */
  acc_document_set_review_interval_days (document, ACC_DOCUMENT_MAX_REVIEW_INTERVAL_DAYS);
  g_assert_cmpint (acc_document_get_review_due (document), >, A_TIME_US);
}

static void
test_schedule_range (void)
{
  g_autoptr(AccScheduleRange) range = NULL;
  NotifySeen seen;

  range = acc_schedule_range_new (ACC_SCHEDULE_OPENING_HOURS, 1, 9 * 60, 12 * 60);
  g_assert_cmpint (acc_schedule_range_get_id (range), ==, 0);
  g_assert_cmpint (acc_schedule_range_get_kind (range), ==, ACC_SCHEDULE_OPENING_HOURS);
  g_assert_cmpuint (acc_schedule_range_get_weekday (range), ==, 1);
  g_assert_cmpuint (acc_schedule_range_get_start_minute (range), ==, 9 * 60);
  g_assert_cmpuint (acc_schedule_range_get_end_minute (range), ==, 12 * 60);

  /* Monday 9:00 to 12:00, the end excluded. */
  g_assert_false (acc_schedule_range_contains (range, 1, 9 * 60 - 1));
  g_assert_true (acc_schedule_range_contains (range, 1, 9 * 60));
  g_assert_true (acc_schedule_range_contains (range, 1, 12 * 60 - 1));
  g_assert_false (acc_schedule_range_contains (range, 1, 12 * 60));
  g_assert_false (acc_schedule_range_contains (range, 2, 10 * 60));
  g_assert_false (acc_schedule_range_contains (range, 7, 10 * 60));

  watch_notify (range, &seen);
  CHECK_NUMBER (schedule_range, range, id, "id", 6, &seen);
  CHECK_NUMBER (schedule_range, range, kind, "kind", ACC_SCHEDULE_PHONE_SLOT, &seen);
  CHECK_NUMBER (schedule_range, range, weekday, "weekday", 7, &seen);
  CHECK_NUMBER (schedule_range, range, start_minute, "start-minute", 20 * 60, &seen);
  CHECK_NUMBER (schedule_range, range, end_minute, "end-minute", 24 * 60, &seen);

  /* Sunday 20:00 to midnight holds the day's last minute. */
  g_assert_true (acc_schedule_range_contains (range, 7, 24 * 60 - 1));
  g_assert_false (acc_schedule_range_contains (range, 1, 24 * 60 - 1));

  /* An empty range holds nothing. */
  acc_schedule_range_set_end_minute (range, 20 * 60);
  g_assert_false (acc_schedule_range_contains (range, 7, 20 * 60));
}

static void
test_schedule_range_rejects_out_of_range (void)
{
  g_autoptr(AccScheduleRange) range = acc_schedule_range_new (ACC_SCHEDULE_PHONE_SLOT, 3, 0, 60);

  g_test_expect_message ("accueil-core", G_LOG_LEVEL_CRITICAL, "*weekday*");
  acc_schedule_range_set_weekday (range, 8);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (acc_schedule_range_get_weekday (range), ==, 3);

  g_test_expect_message ("accueil-core", G_LOG_LEVEL_CRITICAL, "*weekday*");
  acc_schedule_range_set_weekday (range, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (acc_schedule_range_get_weekday (range), ==, 3);

  g_test_expect_message ("accueil-core", G_LOG_LEVEL_CRITICAL, "*end_minute*");
  acc_schedule_range_set_end_minute (range, 24 * 60 + 1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (acc_schedule_range_get_end_minute (range), ==, 60);
}

static void
test_closure (void)
{
  g_autoptr(AccClosure) christmas = NULL;
  g_autoptr(AccClosure) winter = NULL;
  g_autoptr(AccClosure) one_day = NULL;
  NotifySeen seen;

  christmas = acc_closure_new (ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-12-25", "2026-12-25", "Noël");
  g_assert_cmpint (acc_closure_get_id (christmas), ==, 0);
  g_assert_cmpint (acc_closure_get_kind (christmas), ==, ACC_CLOSURE_PUBLIC_HOLIDAY);
  g_assert_cmpstr (acc_closure_get_first_day (christmas), ==, "2026-12-25");
  g_assert_cmpstr (acc_closure_get_last_day (christmas), ==, "2026-12-25");
  g_assert_cmpstr (acc_closure_get_label (christmas), ==, "Noël");
  g_assert_false (acc_closure_covers (christmas, "2026-12-24"));
  g_assert_true (acc_closure_covers (christmas, "2026-12-25"));
  g_assert_false (acc_closure_covers (christmas, "2026-12-26"));

  /* Over the turn of the year, both ends included. */
  winter = acc_closure_new (ACC_CLOSURE_EXCEPTIONAL, "2026-12-24", "2027-01-02",
                            "Fermeture exceptionnelle");
  g_assert_false (acc_closure_covers (winter, "2026-12-23"));
  g_assert_true (acc_closure_covers (winter, "2026-12-24"));
  g_assert_true (acc_closure_covers (winter, "2026-12-31"));
  g_assert_true (acc_closure_covers (winter, "2027-01-01"));
  g_assert_true (acc_closure_covers (winter, "2027-01-02"));
  g_assert_false (acc_closure_covers (winter, "2027-01-03"));
  g_assert_false (acc_closure_covers (winter, "2026-01-01"));

  /* No last day: the first day only. No first day: nothing. */
  one_day = acc_closure_new (ACC_CLOSURE_PUBLIC_HOLIDAY, "2026-05-01", NULL, "Fête du Travail");
  g_assert_true (acc_closure_covers (one_day, "2026-05-01"));
  g_assert_false (acc_closure_covers (one_day, "2026-05-02"));

  watch_notify (one_day, &seen);
  CHECK_NUMBER (closure, one_day, id, "id", 11, &seen);
  CHECK_NUMBER (closure, one_day, kind, "kind", ACC_CLOSURE_EXCEPTIONAL, &seen);
  CHECK_STRING (closure, one_day, first_day, "first-day", "2026-08-10", &seen);
  CHECK_STRING (closure, one_day, last_day, "last-day", "2026-08-21", &seen);
  CHECK_STRING (closure, one_day, label, "label", "Congés d'été", &seen);
  g_assert_true (acc_closure_covers (one_day, "2026-08-15"));

  acc_closure_set_first_day (one_day, NULL);
  g_assert_false (acc_closure_covers (one_day, "2026-08-15"));
}

static void
test_organisation (void)
{
  g_autoptr(AccOrganisation) organisation = acc_organisation_new ();
  NotifySeen seen;

  g_assert_null (acc_organisation_get_name (organisation));
  g_assert_cmpstr (acc_organisation_get_phone_greeting (organisation), ==, ACC_DEFAULT_PHONE_GREETING);
  g_assert_cmpstr (acc_organisation_get_phone_greeting (organisation), ==, "{organisation}, {agent}, bonjour !");
  g_assert_cmpstr (acc_organisation_get_visit_greeting (organisation), ==, ACC_DEFAULT_VISIT_GREETING);
  g_assert_cmpstr (acc_organisation_get_visit_greeting (organisation), ==, "Bonjour, {agent}, chargé(e) d'accueil");
  g_assert_cmpuint (acc_organisation_get_message_deadline_hours (organisation), ==, 48);

  watch_notify (organisation, &seen);
  CHECK_STRING (organisation, organisation, name, "name", "Mairie de Besançon", &seen);
  CHECK_STRING (organisation, organisation, address, "address", "2 rue Mégevand\n25000 Besançon", &seen);
  CHECK_STRING (organisation, organisation, phone, "phone", "+33381615050", &seen);
  CHECK_STRING (organisation, organisation, email, "email", "accueil@example.fr", &seen);
  CHECK_STRING (organisation, organisation, website, "website", "https://www.besancon.fr", &seen);
  CHECK_STRING (organisation, organisation, phone_greeting, "phone-greeting", "{organisation}, bonjour !", &seen);
  CHECK_STRING (organisation, organisation, visit_greeting, "visit-greeting", "Bienvenue !", &seen);
  CHECK_NUMBER (organisation, organisation, message_deadline_hours, "message-deadline-hours", 24, &seen);
}

static void
assert_greeting (const char *template_text,
                 const char *organisation,
                 const char *agent,
                 const char *expected)
{
  g_autofree char *greeting = acc_organisation_format_greeting (template_text, organisation, agent);

  g_assert_nonnull (greeting);
  g_assert_true (g_utf8_validate (greeting, -1, NULL));
  g_assert_cmpstr (greeting, ==, expected);
}

static void
test_organisation_format_greeting (void)
{
  /* The defaults, with accents on both sides of the substitution. */
  assert_greeting (ACC_DEFAULT_PHONE_GREETING, "Mairie de Besançon", "Hélène",
                   "Mairie de Besançon, Hélène, bonjour !");
  assert_greeting (ACC_DEFAULT_VISIT_GREETING, "Mairie de Besançon", "Zoé",
                   "Bonjour, Zoé, chargé(e) d'accueil");

  /* Every occurrence, anywhere, including next to each other. */
  assert_greeting ("{agent}{agent} — {organisation} ({organisation})", "CCAS", "Éloïse",
                   "ÉloïseÉloïse — CCAS (CCAS)");
  assert_greeting ("{organisation}", "Crèche « Les Lutins »", NULL, "Crèche « Les Lutins »");

  /* Unknown or broken placeholders stay as typed. */
  assert_greeting ("Bonjour {prénom}, ici {organisation} {", "CCAS", "Zoé",
                   "Bonjour {prénom}, ici CCAS {");
  assert_greeting ("{{agent}} {agent {Agent} {}", "CCAS", "Zoé", "{Zoé} {agent {Agent} {}");

  /* Substituted text is not read again for placeholders. */
  assert_greeting ("{agent}, {organisation}", "{agent}", "{organisation}", "{organisation}, {agent}");

  /* Missing values become empty strings; a missing template, an empty greeting. */
  assert_greeting (ACC_DEFAULT_PHONE_GREETING, NULL, NULL, ", , bonjour !");
  assert_greeting (NULL, "CCAS", "Zoé", "");
  assert_greeting ("", "CCAS", "Zoé", "");
  assert_greeting ("Pas de variable ici.", "CCAS", "Zoé", "Pas de variable ici.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/models/properties-through-gobject", test_properties_through_gobject);
  g_test_add_func ("/models/contact", test_contact);
  g_test_add_func ("/models/interaction", test_interaction);
  g_test_add_func ("/models/message", test_message);
  g_test_add_func ("/models/message/open-and-overdue", test_message_open_and_overdue);
  g_test_add_func ("/models/directory-entry", test_directory_entry);
  g_test_add_func ("/models/document", test_document);
  g_test_add_func ("/models/document/review", test_document_review);
  g_test_add_func ("/models/schedule-range", test_schedule_range);
  g_test_add_func ("/models/schedule-range/rejects-out-of-range", test_schedule_range_rejects_out_of_range);
  g_test_add_func ("/models/closure", test_closure);
  g_test_add_func ("/models/organisation", test_organisation);
  g_test_add_func ("/models/organisation/format-greeting", test_organisation_format_greeting);

  return g_test_run ();
}
