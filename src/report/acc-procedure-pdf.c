/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-procedure-pdf.c — the « Procédure d'accueil » document, generated
 * from the organisation's configuration.
 *
 * It follows the fiche's structure: for phone reception, then in-person
 * reception (from a new page), a table of Responsables / Tâches / Outils
 * utilisés, one row a task, saying who does what, where, when and how. The
 * tasks' texts are the fiche's lines by default; the manager may rewrite
 * each one (kept in the settings as "procedure.<key>"). Placeholders in the
 * texts bring in the real phone slots, opening hours, greetings,
 * supervisors and message deadline; the tools column lists the real
 * documents register and directory. A4 portrait, « page n / N » and
 * « Mis à jour le » in every footer. Sizes in points. */
#define G_LOG_DOMAIN "accueil-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <errno.h>
#include <string.h>

#include "acc-procedure-pdf.h"

#define PAGE_WIDTH_PT  595.2756
#define PAGE_HEIGHT_PT 841.8898
#define MARGIN_PT      36.0
#define FOOTER_PT      24.0
#define PAD_PT         3.0
#define FONT_FAMILY    "Sans"
#define BODY_FONT      FONT_FAMILY " 7.5"
#define BOLD_FONT      FONT_FAMILY " Bold 7.5"

typedef enum
{
  TOOLS_DOCUMENTATION,
  TOOLS_CONTACTS_PLANNING,
  TOOLS_BROCHURES_DIRECTORY,
  TOOLS_SUPERVISORS,
  TOOLS_BOOKS,
  TOOLS_SIGNS,
  TOOLS_DISPLAYS,
  TOOLS_COMMUNICATION_SUPERVISORS,
  TOOLS_VISITS_REGISTER,
} ToolsKind;

typedef struct
{
  const char *key;
  AccChannel  channel;
  const char *responsible;   /* N_() */
  const char *title;         /* N_() */
  const char *text;          /* N_(): one line a bullet */
  ToolsKind   tools;
} TaskSpec;

/* The fiche's rows, in its order. */
static const TaskSpec tasks[] = {
  { "phone.organisation", ACC_CHANNEL_PHONE, N_("Manager and receptionist"),
    N_("Organising phone reception"),
    N_("Keep to the phone slots: {phone_slots}\n"
       "Make the documentation needed at the desk available and keep it current"),
    TOOLS_DOCUMENTATION },
  { "phone.answer", ACC_CHANNEL_PHONE, N_("Receptionist"),
    N_("Taking calls and presenting the organisation"),
    N_("Switch the answering machine off at the start of each slot, and on again at its end\n"
       "Take the phone calls\n"
       "Give the greeting: “{phone_greeting}”\n"
       "Ask the reason for the call\n"
       "Ask the caller's name\n"
       "Present the organisation"),
    TOOLS_CONTACTS_PLANNING },
  { "phone.can-answer", ACC_CHANNEL_PHONE, N_("Receptionist"),
    N_("If you can answer the request"),
    N_("Take the person's contact details\n"
       "Answer the person\n"
       "Where needed, direct them to other institutions or bodies"),
    TOOLS_BROCHURES_DIRECTORY },
  { "phone.cannot-answer", ACC_CHANNEL_PHONE, N_("Receptionist"),
    N_("If you cannot answer"),
    N_("Take the person's contact details\n"
       "Ask a supervisor or transfer the call to them (numbers opposite)\n"
       "Where needed, direct them to other institutions or bodies"),
    TOOLS_SUPERVISORS },
  { "phone.messages", ACC_CHANNEL_PHONE, N_("Receptionist"),
    N_("Recording and handling phone messages"),
    N_("Check the voicemail after every absence from the desk\n"
       "Record the voicemail messages (identity, contact details, reason)\n"
       "Forward the message to the person who handles the request: it is due within {deadline} opening hours"),
    TOOLS_BOOKS },
  { "visit.signs", ACC_CHANNEL_VISIT, N_("Manager and receptionist"),
    N_("Signs and access to the premises"),
    N_("Put up signs outside (sign, shop window…)\n"
       "Keep to the opening hours: {opening_hours}"),
    TOOLS_SIGNS },
  { "visit.displays", ACC_CHANNEL_VISIT, N_("Manager and receptionist"),
    N_("Displays and signs inside the premises"),
    N_("Organise the displays in the reception area and keep them current\n"
       "Make the clients' information documents available and keep them current"),
    TOOLS_DISPLAYS },
  { "visit.visits", ACC_CHANNEL_VISIT, N_("Receptionist"),
    N_("Handling visits"),
    N_("Introduce yourself: “{visit_greeting}”\n"
       "Ask the reason for the client's visit\n"
       "Inform the client about the organisation and its services\n"
       "Ask a supervisor if needed (numbers opposite)\n"
       "Where needed, direct them to other institutions or bodies"),
    TOOLS_COMMUNICATION_SUPERVISORS },
  { "visit.record", ACC_CHANNEL_VISIT, N_("Receptionist"),
    N_("Recording visits, recording and handling messages"),
    N_("Record the client's visit and any message left (identity, contact details, reason)\n"
       "Forward the message to the person concerned: it is due within {deadline} opening hours"),
    TOOLS_VISITS_REGISTER },
};

struct _AccProcedure
{
  GObject parent_instance;

  char *name;
  char *address;
  char *phone;
  char *email;
  char *phone_greeting;
  char *visit_greeting;
  guint deadline_hours;
  char *phone_slots;
  char *opening_hours;
  char *supervisors;            /* "Name (phone), …" */
  GPtrArray *supervisor_lines;  /* for the tools column */
  GPtrArray *documents;         /* titles of the documents register */
  GPtrArray *signs;             /* posters and outside signs of the register */
  guint n_directory;
  char *texts[G_N_ELEMENTS (tasks)];
  GDateTime *date;
};

G_DEFINE_FINAL_TYPE (AccProcedure, acc_procedure, G_TYPE_OBJECT)

static void
acc_procedure_finalize (GObject *object)
{
  AccProcedure *self = ACC_PROCEDURE (object);

  g_free (self->name);
  g_free (self->address);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->phone_greeting);
  g_free (self->visit_greeting);
  g_free (self->phone_slots);
  g_free (self->opening_hours);
  g_free (self->supervisors);
  g_clear_pointer (&self->supervisor_lines, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->signs, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    g_free (self->texts[i]);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (acc_procedure_parent_class)->finalize (object);
}

static void
acc_procedure_class_init (AccProcedureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = acc_procedure_finalize;
}

static void
acc_procedure_init (AccProcedure *self)
{
  self->supervisor_lines = g_ptr_array_new_with_free_func (g_free);
  self->documents = g_ptr_array_new_with_free_func (g_free);
  self->signs = g_ptr_array_new_with_free_func (g_free);
  self->date = g_date_time_new_now_local ();
}

static const char *
weekday_name (guint weekday)
{
  switch (weekday)
    {
    case 1: return C_("procedure weekday", "Monday");
    case 2: return C_("procedure weekday", "Tuesday");
    case 3: return C_("procedure weekday", "Wednesday");
    case 4: return C_("procedure weekday", "Thursday");
    case 5: return C_("procedure weekday", "Friday");
    case 6: return C_("procedure weekday", "Saturday");
    default: return C_("procedure weekday", "Sunday");
    }
}

static char *
format_minute (guint minute)
{
  /* TRANSLATORS: a time of day in the procedure, hours and minutes */
  return g_strdup_printf (C_("procedure time", "%u:%02u"), minute / 60, minute % 60);
}

/* "Monday to Friday 9:00–12:00, 14:00–17:00; Saturday 9:00–12:00": days
 * in a row with the same ranges are said once. */
static char *
format_schedule (AccRepository    *repository,
                 AccScheduleKind   kind,
                 GError          **error)
{
  g_autoptr(GListModel) ranges = acc_repository_list_schedule (repository, kind, error);
  g_autofree char *days[8] = { NULL, };
  g_autoptr(GString) out = g_string_new (NULL);
  guint day;

  if (ranges == NULL)
    return NULL;

  for (day = 1; day <= 7; day++)
    {
      g_autoptr(GString) line = g_string_new (NULL);
      guint n = g_list_model_get_n_items (ranges);
      guint last_start = 0;

      /* The ranges of the day, in order of their start. */
      for (;;)
        {
          AccScheduleRange *best = NULL;

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(AccScheduleRange) range = g_list_model_get_item (ranges, i);
              guint start = acc_schedule_range_get_start_minute (range);

              if (acc_schedule_range_get_weekday (range) != day
                  || (line->len > 0 && start <= last_start) || (line->len == 0 && start < last_start))
                continue;
              if (best == NULL || start < acc_schedule_range_get_start_minute (best))
                g_set_object (&best, range);
            }
          if (best == NULL)
            break;
          {
            g_autofree char *from = format_minute (acc_schedule_range_get_start_minute (best));
            g_autofree char *to = format_minute (acc_schedule_range_get_end_minute (best));

            if (line->len > 0)
              g_string_append (line, ", ");
            g_string_append_printf (line, "%s–%s", from, to);
            last_start = acc_schedule_range_get_start_minute (best);
          }
          g_object_unref (best);
        }
      days[day] = g_string_free (g_steal_pointer (&line), FALSE);
    }

  for (day = 1; day <= 7; day++)
    {
      guint last = day;

      if (*days[day] == '\0')
        continue;
      while (last < 7 && g_strcmp0 (days[last + 1], days[day]) == 0)
        last++;
      if (out->len > 0)
        g_string_append (out, "; ");
      if (last == day)
        g_string_append (out, weekday_name (day));
      else
        /* TRANSLATORS: a run of days, e.g. "Monday to Friday" */
        g_string_append_printf (out, C_("procedure weekdays", "%s to %s"), weekday_name (day), weekday_name (last));
      g_string_append_printf (out, " %s", days[day]);
      day = last;
    }
  for (day = 1; day <= 7; day++)
    g_free (days[day]);

  if (out->len == 0)
    g_string_append (out, _("none set yet (see Preferences)"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
format_phone (const char *e164)
{
  char *text = acc_phone_format_national (e164);

  return text != NULL ? text : g_strdup ("");
}

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/**
 * acc_procedure_new_from_repository:
 *
 * Reads what the document says once: it is a snapshot, dated.
 *
 * Returns: (transfer full): the procedure, or %NULL on error
 */
AccProcedure *
acc_procedure_new_from_repository (AccRepository  *repository,
                                   GError        **error)
{
  g_autoptr(AccProcedure) self = g_object_new (ACC_TYPE_PROCEDURE, NULL);
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GListModel) directory = NULL;
  g_autoptr(GString) supervisors = g_string_new (NULL);

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  organisation = acc_repository_load_organisation (repository, error);
  if (organisation == NULL)
    return NULL;
  self->name = dup_or_empty (acc_organisation_get_name (organisation));
  self->address = dup_or_empty (acc_organisation_get_address (organisation));
  self->phone = format_phone (acc_organisation_get_phone (organisation));
  self->email = dup_or_empty (acc_organisation_get_email (organisation));
  self->phone_greeting = acc_organisation_format_greeting (acc_organisation_get_phone_greeting (organisation),
                                                           self->name, _("first name"));
  self->visit_greeting = acc_organisation_format_greeting (acc_organisation_get_visit_greeting (organisation),
                                                           self->name, _("first name"));
  self->deadline_hours = acc_organisation_get_message_deadline_hours (organisation);

  self->phone_slots = format_schedule (repository, ACC_SCHEDULE_PHONE_SLOT, error);
  if (self->phone_slots == NULL)
    return NULL;
  self->opening_hours = format_schedule (repository, ACC_SCHEDULE_OPENING_HOURS, error);
  if (self->opening_hours == NULL)
    return NULL;

  staff = acc_repository_list_staff (repository, TRUE, error);
  if (staff == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(AccStaffMember) member = g_list_model_get_item (staff, i);
      g_autofree char *phone = NULL;
      g_autofree char *line = NULL;

      if (acc_staff_member_get_role (member) != ACC_ROLE_SUPERVISOR
          && acc_staff_member_get_role (member) != ACC_ROLE_MANAGER)
        continue;
      phone = format_phone (acc_staff_member_get_phone (member));
      if (phone != NULL && *phone != '\0')
        line = g_strdup_printf ("%s %s", acc_staff_member_get_name (member), phone);
      else
        line = g_strdup (acc_staff_member_get_name (member));
      if (supervisors->len > 0)
        g_string_append (supervisors, ", ");
      g_string_append (supervisors, line);
      g_ptr_array_add (self->supervisor_lines, g_steal_pointer (&line));
    }
  if (supervisors->len == 0)
    g_string_append (supervisors, _("no supervisor set yet"));
  self->supervisors = g_string_free (g_steal_pointer (&supervisors), FALSE);

  documents = acc_repository_list_documents (repository, error);
  if (documents == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AccDocument) document = g_list_model_get_item (documents, i);
      AccDocumentKind kind = acc_document_get_kind (document);
      char *line;

      /* The title alone: the tools column is narrow. */
      line = g_strdup (acc_document_get_title (document));
      g_ptr_array_add (kind == ACC_DOCUMENT_OPENING_HOURS_POSTER || kind == ACC_DOCUMENT_OUTSIDE_SIGN
                       ? self->signs : self->documents, line);
    }

  directory = acc_repository_list_directory (repository, error);
  if (directory == NULL)
    return NULL;
  self->n_directory = g_list_model_get_n_items (directory);

  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      g_autoptr(GError) local_error = NULL;

      self->texts[i] = acc_repository_get_procedure_text (repository, tasks[i].key, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

guint
acc_procedure_get_n_tasks (AccProcedure *self)
{
  return G_N_ELEMENTS (tasks);
}

const char *
acc_procedure_get_task_key (AccProcedure *self,
                            guint         index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (tasks), NULL);
  return tasks[index].key;
}

const char *
acc_procedure_get_task_title (AccProcedure *self,
                              guint         index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (tasks), NULL);
  return _(tasks[index].title);
}

AccChannel
acc_procedure_get_task_channel (AccProcedure *self,
                                guint         index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (tasks), ACC_CHANNEL_PHONE);
  return tasks[index].channel;
}

const char *
acc_procedure_get_task_default_text (AccProcedure *self,
                                     guint         index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (tasks), NULL);
  return _(tasks[index].text);
}

const char *
acc_procedure_get_task_text (AccProcedure *self,
                             guint         index)
{
  g_return_val_if_fail (ACC_IS_PROCEDURE (self), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (tasks), NULL);
  return self->texts[index] != NULL ? self->texts[index] : _(tasks[index].text);
}

/**
 * acc_procedure_set_task_text:
 * @text: (nullable): %NULL or blank for the default
 *
 * Changes the text in this snapshot only; the caller stores it with
 * acc_repository_set_procedure_text().
 */
void
acc_procedure_set_task_text (AccProcedure *self,
                             guint         index,
                             const char   *text)
{
  g_return_if_fail (ACC_IS_PROCEDURE (self));
  g_return_if_fail (index < G_N_ELEMENTS (tasks));

  g_clear_pointer (&self->texts[index], g_free);
  if (text != NULL && *text != '\0')
    self->texts[index] = g_strdup (text);
}

void
acc_procedure_set_date (AccProcedure *self,
                        GDateTime    *date)
{
  g_return_if_fail (ACC_IS_PROCEDURE (self));
  g_return_if_fail (date != NULL);
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_date_time_ref (date);
}

char *
acc_procedure_expand_text (AccProcedure *self,
                           const char   *text)
{
  g_autofree char *deadline = g_strdup_printf ("%u", self->deadline_hours);
  const struct { const char *name; const char *value; } values[] = {
    { "{phone_slots}", self->phone_slots },
    { "{opening_hours}", self->opening_hours },
    { "{phone_greeting}", self->phone_greeting },
    { "{visit_greeting}", self->visit_greeting },
    { "{supervisors}", self->supervisors },
    { "{deadline}", deadline },
    { "{organisation}", self->name },
  };
  g_autoptr(GString) out = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_string_replace (out, values[i].name, values[i].value != NULL ? values[i].value : "", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Drawing ------------------------------------------------------------- */

static void
add_bullets (GString    *markup,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      const char *line = lines[i];

      while (*line == ' ' || *line == '\t')
        line++;
      /* A bullet the manager typed is not doubled. */
      if (g_str_has_prefix (line, "•") || g_str_has_prefix (line, "-"))
        line += g_str_has_prefix (line, "•") ? strlen ("•") : 1;
      while (*line == ' ')
        line++;
      if (*line == '\0')
        continue;
      escaped = g_markup_escape_text (line, -1);
      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      g_string_append_printf (markup, "• %s", escaped);
    }
}

static void
add_list (GString   *markup,
          GPtrArray *items,
          guint      max)
{
  for (guint i = 0; i < items->len && i < max; i++)
    add_bullets (markup, g_ptr_array_index (items, i));
  if (items->len > max)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more document",
                                                            "and %u more documents", items->len - max),
                                               items->len - max);
      add_bullets (markup, more);
    }
}

static char *
tools_markup (AccProcedure *self,
              ToolsKind     kind)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *directory = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Directory of local services (%u entry)",
                                                             "Directory of local services (%u entries)",
                                                             self->n_directory),
                                                self->n_directory);

  switch (kind)
    {
    case TOOLS_DOCUMENTATION:
      add_list (markup, self->documents, 4);
      add_bullets (markup, _("Documents register in Accueil, with review dates"));
      add_bullets (markup, directory);
      break;
    case TOOLS_CONTACTS_PLANNING:
      add_bullets (markup, _("Prospects/clients file (contacts file in Accueil)"));
      add_bullets (markup, _("Planning: the phone slots, shown in the Phone tab"));
      break;
    case TOOLS_BROCHURES_DIRECTORY:
      add_list (markup, self->documents, 2);
      add_bullets (markup, directory);
      break;
    case TOOLS_SUPERVISORS:
      add_bullets (markup, _("Contacts management file in Accueil"));
      add_bullets (markup, _("Supervisors' numbers:"));
      add_list (markup, self->supervisor_lines, 8);
      add_bullets (markup, directory);
      break;
    case TOOLS_BOOKS:
      add_bullets (markup, _("Calls book (Phone tab)"));
      add_bullets (markup, _("Messages book, forwarded to the recipient's inbox"));
      break;
    case TOOLS_SIGNS:
      add_list (markup, self->signs, 4);
      if (self->signs->len == 0)
        {
          add_bullets (markup, _("Outside sign"));
          add_bullets (markup, _("Opening-hours poster"));
        }
      add_bullets (markup, _("Opening-hours poster printed from Accueil"));
      break;
    case TOOLS_DISPLAYS:
      add_list (markup, self->documents, 6);
      if (self->documents->len == 0)
        add_bullets (markup, _("Brochures, price lists, tax advantages"));
      break;
    case TOOLS_COMMUNICATION_SUPERVISORS:
      add_list (markup, self->documents, 3);
      if (self->documents->len == 0)
        add_bullets (markup, _("Brochure and communication documents on the services"));
      add_bullets (markup, _("Supervisors' numbers:"));
      add_list (markup, self->supervisor_lines, 8);
      add_bullets (markup, directory);
      break;
    case TOOLS_VISITS_REGISTER:
    default:
      add_bullets (markup, _("Visits register (In person tab)"));
      add_bullets (markup, _("Contacts file and messages book in Accueil"));
      break;
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

typedef struct
{
  cairo_t *cr;
  gboolean draw;     /* FALSE: only count the pages */
  guint page;        /* from 1 */
  guint n_pages;     /* known when drawing */
  double y;
} Pen;

static PangoLayout *
make_layout (Pen        *pen,
             const char *font,
             const char *markup,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (pen->cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static void
show_layout (Pen         *pen,
             PangoLayout *layout,
             double       x,
             double       y)
{
  if (!pen->draw)
    return;
  cairo_move_to (pen->cr, x, y);
  pango_cairo_show_layout (pen->cr, layout);
}

/* A paragraph across the width, moving the pen down. */
static void
write_paragraph (Pen        *pen,
                 const char *font,
                 const char *markup,
                 double      space_after)
{
  g_autoptr(PangoLayout) layout = make_layout (pen, font, markup, PAGE_WIDTH_PT - 2 * MARGIN_PT);

  show_layout (pen, layout, MARGIN_PT, pen->y);
  pen->y += layout_height (layout) + space_after;
}

static void
finish_page (AccProcedure *self,
             Pen          *pen)
{
  if (pen->draw)
    {
      g_autofree char *date = g_date_time_format (self->date, C_("procedure date", "%d/%m/%Y"));
      g_autofree char *left = g_markup_printf_escaped (_("Updated on %s"), date);
      g_autofree char *right = g_strdup_printf (_("page %u / %u"), pen->page, pen->n_pages);
      g_autoptr(PangoLayout) updated = make_layout (pen, BODY_FONT, left, 300);
      g_autoptr(PangoLayout) number = make_layout (pen, BODY_FONT, right, 150);

      pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
      cairo_set_source_rgb (pen->cr, 0.3, 0.3, 0.3);
      show_layout (pen, updated, MARGIN_PT, PAGE_HEIGHT_PT - MARGIN_PT);
      show_layout (pen, number, PAGE_WIDTH_PT - MARGIN_PT - 150, PAGE_HEIGHT_PT - MARGIN_PT);
      cairo_set_source_rgb (pen->cr, 0, 0, 0);
      cairo_show_page (pen->cr);
    }
  pen->page++;
  pen->y = MARGIN_PT;
}

static const double column_widths[] = { 92.0, 246.0, 185.2756 };

static double
column_x (guint column)
{
  double x = MARGIN_PT;

  for (guint i = 0; i < column; i++)
    x += column_widths[i];
  return x;
}

/* One row of the table, its cells' markup; a page break before it when it
 * does not fit, with the header row again. */
static void
write_row (AccProcedure *self,
           Pen          *pen,
           const char   *cells[3],
           gboolean      header)
{
  PangoLayout *layouts[3];
  double height = 0;

  for (guint c = 0; c < 3; c++)
    {
      layouts[c] = make_layout (pen, header || c == 0 ? BOLD_FONT : BODY_FONT, cells[c],
                                column_widths[c] - 2 * PAD_PT);
      height = MAX (height, layout_height (layouts[c]));
    }
  height += 2 * PAD_PT;

  if (pen->y + height > PAGE_HEIGHT_PT - MARGIN_PT - FOOTER_PT && !header)
    {
      const char *headers[3] = { _("Responsible"), _("Tasks"), _("Tools used") };

      finish_page (self, pen);
      write_row (self, pen, headers, TRUE);
    }

  if (pen->draw)
    {
      if (header)
        {
          cairo_set_source_rgb (pen->cr, 0.85, 0.89, 0.95);
          cairo_rectangle (pen->cr, MARGIN_PT, pen->y, PAGE_WIDTH_PT - 2 * MARGIN_PT, height);
          cairo_fill (pen->cr);
          cairo_set_source_rgb (pen->cr, 0, 0, 0);
        }
      cairo_set_line_width (pen->cr, 0.5);
      for (guint c = 0; c < 3; c++)
        {
          cairo_rectangle (pen->cr, column_x (c), pen->y, column_widths[c], height);
          cairo_stroke (pen->cr);
          show_layout (pen, layouts[c], column_x (c) + PAD_PT, pen->y + PAD_PT);
        }
    }
  for (guint c = 0; c < 3; c++)
    g_object_unref (layouts[c]);
  pen->y += height;
}

static void
write_section (AccProcedure *self,
               Pen          *pen,
               AccChannel    channel)
{
  const char *headers[3] = { _("Responsible"), _("Tasks"), _("Tools used") };
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;

  if (channel == ACC_CHANNEL_PHONE)
    {
      title = g_markup_escape_text (_("Phone reception"), -1);
      when = g_markup_printf_escaped (_("<b>Phone slots:</b> %s"), self->phone_slots);
    }
  else
    {
      title = g_markup_escape_text (_("In-person reception"), -1);
      when = g_markup_printf_escaped (_("<b>Opening hours:</b> %s"), self->opening_hours);
    }
  write_paragraph (pen, FONT_FAMILY " Bold 13", title, 3);
  write_paragraph (pen, BODY_FONT, when, 6);
  write_row (self, pen, headers, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      g_autoptr(GString) task = g_string_new (NULL);
      g_autofree char *expanded = NULL;
      g_autofree char *responsible = NULL;
      g_autofree char *task_title = NULL;
      g_autofree char *tools = NULL;
      const char *cells[3];

      if (tasks[i].channel != channel)
        continue;
      expanded = acc_procedure_expand_text (self, acc_procedure_get_task_text (self, i));
      add_bullets (task, expanded);
      task_title = g_markup_printf_escaped ("<b>%s</b>\n", _(tasks[i].title));
      g_string_prepend (task, task_title);
      responsible = g_markup_escape_text (_(tasks[i].responsible), -1);
      tools = tools_markup (self, tasks[i].tools);
      cells[0] = responsible;
      cells[1] = task->str;
      cells[2] = tools;
      write_row (self, pen, cells, FALSE);
    }
  pen->y += 10;
}

static void
write_document (AccProcedure *self,
                Pen          *pen)
{
  g_autofree char *title = g_markup_printf_escaped (_("Reception procedure — %s"), self->name);
  g_autoptr(GString) contact = g_string_new (NULL);
  g_autofree char *contact_markup = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *resources = NULL;
  g_autofree char *resources_title = NULL;
  g_autoptr(GString) resource_text = g_string_new (NULL);

  pen->page = 1;
  pen->y = MARGIN_PT;

  write_paragraph (pen, FONT_FAMILY " Bold 15", title, 2);
  for (const char *part = self->address; part != NULL; part = NULL)
    if (*part != '\0')
      g_string_append (contact, part);
  if (*self->phone != '\0')
    g_string_append_printf (contact, "%s%s", contact->len > 0 ? " · " : "", self->phone);
  if (*self->email != '\0')
    g_string_append_printf (contact, "%s%s", contact->len > 0 ? " · " : "", self->email);
  g_string_replace (contact, "\n", ", ", 0);
  contact_markup = g_markup_escape_text (contact->str, -1);
  write_paragraph (pen, BODY_FONT, contact_markup, 6);
  intro = g_markup_escape_text (_("Who does what, where, when and how: this procedure guides the people "
                                  "in charge of reception in handling clients' calls and visits. "
                                  "Its application is checked by the certification auditor."), -1);
  write_paragraph (pen, FONT_FAMILY " Italic 7.5", intro, 8);

  write_section (self, pen, ACC_CHANNEL_PHONE);
  /* In-person reception starts the second page, as in the fiche. */
  finish_page (self, pen);
  write_section (self, pen, ACC_CHANNEL_VISIT);

  resources_title = g_markup_escape_text (_("Available resources"), -1);
  write_paragraph (pen, FONT_FAMILY " Bold 11", resources_title, 3);
  g_string_append_printf (resource_text, _("Supervisors: %s"), self->supervisors);
  g_string_append_c (resource_text, '\n');
  g_string_append_printf (resource_text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Messages are handled within %u opening hour.",
                                       "Messages are handled within %u opening hours.",
                                       self->deadline_hours),
                          self->deadline_hours);
  g_string_append_c (resource_text, '\n');
  g_string_append_printf (resource_text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Directory of local services: %u entry.",
                                       "Directory of local services: %u entries.",
                                       self->n_directory),
                          self->n_directory);
  resources = g_markup_escape_text (resource_text->str, -1);
  write_paragraph (pen, BODY_FONT, resources, 0);
  finish_page (self, pen);
}

/**
 * acc_procedure_write_pdf:
 * @path: the PDF to write (replaced atomically)
 *
 * Returns: the number of pages written, or 0 on error
 */
guint
acc_procedure_write_pdf (AccProcedure  *self,
                         const char    *path,
                         GError       **error)
{
  g_autofree char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Pen pen = { NULL, };
  guint n_pages;

  g_return_val_if_fail (ACC_IS_PROCEDURE (self), 0);
  g_return_val_if_fail (path != NULL, 0);

  /* First pass: count the pages for the « page n / N » footers, on a PDF
   * surface that writes nowhere, so that the text measures the same. */
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, PAGE_WIDTH_PT, PAGE_HEIGHT_PT);
  pen.cr = cairo_create (surface);
  pen.draw = FALSE;
  write_document (self, &pen);
  n_pages = pen.page - 1;
  cairo_destroy (pen.cr);
  cairo_surface_destroy (surface);

  tmp_path = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (tmp_path, PAGE_WIDTH_PT, PAGE_HEIGHT_PT);
  {
    g_autofree char *title = g_strdup_printf (_("Reception procedure — %s"), self->name);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Accueil");
  }
  pen.cr = cairo_create (surface);
  pen.draw = TRUE;
  pen.n_pages = n_pages;
  write_document (self, &pen);
  cairo_destroy (pen.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"),
                   path, cairo_status_to_string (status));
      g_unlink (tmp_path);
      return 0;
    }
  if (g_rename (tmp_path, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Could not write %s: %s"),
                   path, g_strerror (saved));
      g_unlink (tmp_path);
      return 0;
    }
  return n_pages;
}
