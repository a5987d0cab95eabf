/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-poster.c — the opening-hours poster (« Affiche des horaires
 * d'ouverture »), for the door and the reception area: the organisation's
 * name, address and phone, the hours of each day of the week (several
 * ranges a day, « Fermé » on a day without any), the closures of the coming
 * weeks with their names, and the phone slots.
 *
 * One drawing function, acc_poster_draw(), paints the page with cairo and
 * Pango for a given page size; the PDF export (a cairo PDF surface) and the
 * print operation (GtkPrintOperation) both call it, so that what is printed
 * is what is saved. The content is read once from the repository when the
 * poster is made: a poster is a snapshot, dated at its foot. Sizes are in
 * points (1/72 inch), Pango told so. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#include "acc-poster.h"

/* How far ahead the poster announces closures. */
#define CLOSURE_WEEKS 8
/* The most closures listed; the rest are counted. */
#define MAX_CLOSURES 8

#define MARGIN_PT 48.0
#define FONT_FAMILY "Sans"

typedef struct
{
  guint start;   /* minutes after midnight */
  guint end;
} Range;

struct _AccPoster
{
  GObject parent_instance;

  char *name;
  char *address;
  char *phone;
  char *email;
  char *website;
  GDateTime *today;
  /* Index 1..7 (ISO weekday): GArray of Range, sorted and merged. */
  GArray *hours[8];
  GArray *slots[8];
  GPtrArray *closures;   /* AccClosure of the coming weeks, by first day */
  guint n_more_closures;
};

G_DEFINE_FINAL_TYPE (AccPoster, acc_poster, G_TYPE_OBJECT)

static void
acc_poster_finalize (GObject *object)
{
  AccPoster *self = ACC_POSTER (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->today, g_date_time_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->hours); i++)
    {
      g_clear_pointer (&self->hours[i], g_array_unref);
      g_clear_pointer (&self->slots[i], g_array_unref);
    }
  g_clear_pointer (&self->closures, g_ptr_array_unref);

  G_OBJECT_CLASS (acc_poster_parent_class)->finalize (object);
}

static void
acc_poster_class_init (AccPosterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = acc_poster_finalize;
}

static void
acc_poster_init (AccPoster *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->hours); i++)
    {
      self->hours[i] = g_array_new (FALSE, FALSE, sizeof (Range));
      self->slots[i] = g_array_new (FALSE, FALSE, sizeof (Range));
    }
  self->closures = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Reading ---------------------------------------------------------------- */

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *ra = a;
  const Range *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->end < rb->end ? -1 : ra->end > rb->end ? 1 : 0;
}

/* Overlapping and back-to-back ranges read as one on a poster, as the
 * schedule counts them (acc-schedule.c). */
static void
merge_ranges (GArray *ranges)
{
  guint kept = 0;

  if (ranges->len == 0)
    return;
  g_array_sort (ranges, compare_ranges);
  for (guint i = 1; i < ranges->len; i++)
    {
      Range *last = &g_array_index (ranges, Range, kept);
      const Range *next = &g_array_index (ranges, Range, i);

      if (next->start <= last->end)
        last->end = MAX (last->end, next->end);
      else
        g_array_index (ranges, Range, ++kept) = *next;
    }
  g_array_set_size (ranges, kept + 1);
}

static gboolean
read_ranges (AccRepository    *repository,
             AccScheduleKind   kind,
             GArray          **days,
             GError          **error)
{
  g_autoptr(GListModel) ranges = acc_repository_list_schedule (repository, kind, error);

  if (ranges == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(AccScheduleRange) item = g_list_model_get_item (ranges, i);
      guint weekday = acc_schedule_range_get_weekday (item);
      Range range = { acc_schedule_range_get_start_minute (item),
                      MIN (acc_schedule_range_get_end_minute (item), 24 * 60) };

      if (weekday >= 1 && weekday <= 7 && range.start < range.end)
        g_array_append_val (days[weekday], range);
    }
  for (guint weekday = 1; weekday <= 7; weekday++)
    merge_ranges (days[weekday]);
  return TRUE;
}

static char *
format_date (GDateTime *day)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (day),
                          g_date_time_get_month (day), g_date_time_get_day_of_month (day));
}

/**
 * acc_poster_new_from_repository:
 * @today: (nullable): the day the poster is made, for the closures to come
 *   and its date; %NULL for now
 *
 * Reads what the poster shows: the organisation, the opening hours, the
 * phone slots and the closures of the next eight weeks.
 *
 * Returns: (transfer full): the poster, or %NULL with @error set.
 */
AccPoster *
acc_poster_new_from_repository (AccRepository  *repository,
                                GDateTime      *today,
                                GError        **error)
{
  g_autoptr(AccPoster) self = NULL;
  g_autoptr(AccOrganisation) organisation = NULL;
  g_autoptr(GListModel) closures = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), NULL);

  self = g_object_new (ACC_TYPE_POSTER, NULL);
  self->today = today != NULL ? g_date_time_ref (today) : g_date_time_new_now_local ();

  organisation = acc_repository_load_organisation (repository, error);
  if (organisation == NULL)
    return NULL;
  self->name = g_strdup (acc_organisation_get_name (organisation));
  self->address = g_strdup (acc_organisation_get_address (organisation));
  self->phone = acc_phone_format_national (acc_organisation_get_phone (organisation));
  self->email = g_strdup (acc_organisation_get_email (organisation));
  self->website = g_strdup (acc_organisation_get_website (organisation));

  if (!read_ranges (repository, ACC_SCHEDULE_OPENING_HOURS, self->hours, error)
      || !read_ranges (repository, ACC_SCHEDULE_PHONE_SLOT, self->slots, error))
    return NULL;

  /* The closures that end today or later and begin within the weeks to
   * come; days are "YYYY-MM-DD", compared as text. */
  closures = acc_repository_list_closures (repository, error);
  if (closures == NULL)
    return NULL;
  horizon = g_date_time_add_weeks (self->today, CLOSURE_WEEKS);
  first = format_date (self->today);
  last = format_date (horizon);
  for (guint i = 0; i < g_list_model_get_n_items (closures); i++)
    {
      g_autoptr(AccClosure) closure = g_list_model_get_item (closures, i);

      if (g_strcmp0 (acc_closure_get_last_day (closure), first) < 0
          || g_strcmp0 (acc_closure_get_first_day (closure), last) > 0)
        continue;
      if (self->closures->len < MAX_CLOSURES)
        g_ptr_array_add (self->closures, g_steal_pointer (&closure));
      else
        self->n_more_closures++;
    }

  return g_steal_pointer (&self);
}

/* Words ------------------------------------------------------------------ */

static char *
format_minute (guint minute)
{
  return g_strdup_printf ("%02u:%02u", minute / 60, minute % 60);
}

/* « 09:00–12:30 · 13:30–17:30 », or NULL for a day without any. */
static char *
format_ranges (GArray *ranges)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (ranges->len == 0)
    return NULL;
  for (guint i = 0; i < ranges->len; i++)
    {
      const Range *range = &g_array_index (ranges, Range, i);
      g_autofree char *start = format_minute (range->start);
      g_autofree char *end = format_minute (range->end);

      if (i > 0)
        g_string_append (text, "  ·  ");
      /* An en dash between the two times, as French typography has it. */
      g_string_append_printf (text, "%s–%s", start, end);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * acc_poster_format_day_hours:
 * @weekday: 1 (Monday) to 7
 *
 * Returns: (transfer full): the day's ranges as the poster prints them,
 * « 09:00–12:30 · 13:30–17:30 », or « Closed » (the opening hours) or
 * %NULL (the phone slots) for a day without any.
 */
char *
acc_poster_format_day_hours (AccPoster      *self,
                             AccScheduleKind kind,
                             guint           weekday)
{
  char *text;

  g_return_val_if_fail (ACC_IS_POSTER (self), NULL);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, NULL);

  text = format_ranges (kind == ACC_SCHEDULE_OPENING_HOURS ? self->hours[weekday] : self->slots[weekday]);
  if (text == NULL && kind == ACC_SCHEDULE_OPENING_HOURS)
    /* Translators: a day without opening hours, on the poster */
    text = g_strdup (C_("poster", "Closed"));
  return text;
}

/* @text with its first letter in capitals, for the start of a line. */
static char *
capitalise (const char *text)
{
  g_autofree char *first = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  first = g_utf8_strup (text, g_utf8_next_char (text) - text);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* The name of an ISO weekday in the user's language, capitalised:
 * « Lundi ». 5 January 2026 is a Monday. */
static char *
weekday_name (guint weekday)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 1, 4 + (int) weekday, 12, 0, 0);
  g_autofree char *name = g_date_time_format (day, "%A");

  return capitalise (name);
}

static GDateTime *
parse_day (const char *text)
{
  int year = 0, month = 0, day = 0;

  if (text == NULL || sscanf (text, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

/* « Lundi 6 avril 2026 — Lundi de Pâques », « Du lundi 10 août au vendredi
 * 14 août 2026 — Fermeture estivale ». */
static char *
closure_words (AccClosure *closure)
{
  g_autoptr(GDateTime) first = parse_day (acc_closure_get_first_day (closure));
  g_autoptr(GDateTime) last = parse_day (acc_closure_get_last_day (closure));
  const char *label = acc_closure_get_label (closure);
  g_autofree char *when = NULL;
  g_autofree char *capital = NULL;

  if (first == NULL)
    return g_strdup (acc_closure_get_first_day (closure));

  if (last == NULL || g_date_time_compare (first, last) == 0)
    /* Translators: a closure's day on the poster; see g_date_time_format() */
    when = g_date_time_format (first, C_("poster closure", "%A %-d %B %Y"));
  else
    {
      /* Translators: the first day of a closure of several days; see g_date_time_format() */
      g_autofree char *from = g_date_time_format (first, C_("poster closure", "%A %-d %B"));
      /* Translators: the last day of a closure of several days; see g_date_time_format() */
      g_autofree char *to = g_date_time_format (last, C_("poster closure", "%A %-d %B %Y"));

      /* Translators: a closure of several days on the poster: « du lundi 10 août au vendredi 14 août 2026 » */
      when = g_strdup_printf (C_("poster closure", "from %s to %s"), from, to);
    }

  capital = capitalise (when);
  if (label != NULL && *label != '\0')
    /* Translators: a closure on the poster: its days, then its name */
    return g_strdup_printf (C_("poster closure", "%s — %s"), capital, label);
  return g_steal_pointer (&capital);
}

/* Drawing ---------------------------------------------------------------- */

typedef struct
{
  cairo_t *cr;
  PangoContext *context;
  double left;
  double width;      /* between the margins */
  double y;
} Pen;

static PangoLayout *
new_layout (Pen        *pen,
            const char *text,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_layout_new (pen->context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) width / PANGO_SCALE;
}

static void
set_colour (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

#define INK 0x241f31
#define ACCENT 0x1a5fb4
#define DIM 0x5e5c64
#define RULE 0xc0bfbc
#define BAND 0xe8f0fb

/* A paragraph across the page, aligned, then the pen below it. */
static void
write_text (Pen            *pen,
            const char     *text,
            const char     *font,
            guint32         colour,
            PangoAlignment  alignment,
            double          space_after)
{
  g_autoptr(PangoLayout) layout = new_layout (pen, text, font, pen->width);

  pango_layout_set_alignment (layout, alignment);
  set_colour (pen->cr, colour);
  cairo_move_to (pen->cr, pen->left, pen->y);
  pango_cairo_show_layout (pen->cr, layout);
  pen->y += layout_height (layout) + space_after;
}

/* The name on one line if it fits: the font shrinks down to 18 pt, then
 * the name wraps. */
static void
write_name (Pen        *pen,
            const char *name)
{
  g_autoptr(PangoLayout) layout = NULL;
  double size = 30;

  for (; size > 18; size -= 1)
    {
      g_autofree char *font = g_strdup_printf (FONT_FAMILY " Bold %g", size);

      g_clear_object (&layout);
      layout = new_layout (pen, name, font, 0);
      if (layout_width (layout) <= pen->width)
        break;
    }
  if (layout_width (layout) > pen->width)
    {
      pango_layout_set_width (layout, (int) (pen->width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_width (layout, (int) (pen->width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  set_colour (pen->cr, INK);
  cairo_move_to (pen->cr, pen->left, pen->y);
  pango_cairo_show_layout (pen->cr, layout);
  pen->y += layout_height (layout) + 6;
}

static void
draw_rule (Pen     *pen,
           guint32  colour,
           double   thickness)
{
  set_colour (pen->cr, colour);
  cairo_set_line_width (pen->cr, thickness);
  cairo_move_to (pen->cr, pen->left, pen->y);
  cairo_line_to (pen->cr, pen->left + pen->width, pen->y);
  cairo_stroke (pen->cr);
}

/* One line of a table: the day at the left, the hours after it. */
static double
draw_day_row (Pen        *pen,
              const char *day,
              const char *hours,
              const char *day_font,
              const char *hours_font,
              double      day_column,
              gboolean    dim_hours)
{
  g_autoptr(PangoLayout) day_layout = new_layout (pen, day, day_font, day_column - 12);
  g_autoptr(PangoLayout) hours_layout = new_layout (pen, hours, hours_font, pen->width - day_column);
  double height = MAX (layout_height (day_layout), layout_height (hours_layout));

  set_colour (pen->cr, INK);
  cairo_move_to (pen->cr, pen->left + 8, pen->y);
  pango_cairo_show_layout (pen->cr, day_layout);
  set_colour (pen->cr, dim_hours ? DIM : INK);
  cairo_move_to (pen->cr, pen->left + day_column, pen->y);
  pango_cairo_show_layout (pen->cr, hours_layout);
  return height;
}

/**
 * acc_poster_draw:
 * @cr: where to draw, in points, the page's top left at 0,0
 * @width: the page's width, in points
 * @height: the page's height, in points
 *
 * Paints the whole poster for a page of @width × @height points.
 */
void
acc_poster_draw (AccPoster *self,
                 cairo_t   *cr,
                 double     width,
                 double     height)
{
  PangoContext *context;
  g_autofree char *updated = NULL;
  g_autofree char *today = NULL;
  Pen pen;
  double day_column;
  gboolean any_slot = FALSE;

  g_return_if_fail (ACC_IS_POSTER (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);

  /* Sizes in points, whatever the surface's resolution. */
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  pen.cr = cr;
  pen.context = context;
  pen.left = MARGIN_PT;
  pen.width = width - 2 * MARGIN_PT;
  pen.y = MARGIN_PT;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* Who: the name large, the address and the phone under it. */
  write_name (&pen, self->name != NULL && *self->name != '\0' ? self->name : _("Opening Hours"));
  if (self->address != NULL && *self->address != '\0')
    write_text (&pen, self->address, FONT_FAMILY " 13", DIM, PANGO_ALIGN_CENTER, 2);
  if (self->phone != NULL)
    {
      /* Translators: the organisation's phone number on the poster */
      g_autofree char *line = g_strdup_printf (_("Phone: %s"), self->phone);

      write_text (&pen, line, FONT_FAMILY " 13", DIM, PANGO_ALIGN_CENTER, 2);
    }
  pen.y += 14;
  draw_rule (&pen, ACCENT, 2);
  pen.y += 20;

  /* The opening hours, a line a day, on a pale band. */
  write_text (&pen, _("Opening Hours"), FONT_FAMILY " Bold 26", ACCENT, PANGO_ALIGN_LEFT, 18);
  day_column = MIN (150.0, pen.width / 3);
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      g_autofree char *day = weekday_name (weekday);
      g_autofree char *hours = acc_poster_format_day_hours (self, ACC_SCHEDULE_OPENING_HOURS, weekday);
      gboolean closed = self->hours[weekday]->len == 0;
      double row_height;

      if (weekday % 2 == 1)
        {
          set_colour (cr, BAND);
          cairo_rectangle (cr, pen.left, pen.y - 8, pen.width, 40);
          cairo_fill (cr);
        }
      row_height = draw_day_row (&pen, day, hours, FONT_FAMILY " Bold 18", FONT_FAMILY " 18",
                                 day_column, closed);
      pen.y += MAX (row_height, 24) + 16;
    }
  pen.y += 16;

  /* The closures to come. */
  write_text (&pen, _("Coming Closures"), FONT_FAMILY " Bold 16", ACCENT, PANGO_ALIGN_LEFT, 6);
  if (self->closures->len == 0)
    write_text (&pen, _("No closure is planned in the coming weeks."), FONT_FAMILY " 12", DIM, PANGO_ALIGN_LEFT, 4);
  for (guint i = 0; i < self->closures->len; i++)
    {
      g_autofree char *line = closure_words (g_ptr_array_index (self->closures, i));

      write_text (&pen, line, FONT_FAMILY " 12", INK, PANGO_ALIGN_LEFT, 3);
    }
  if (self->n_more_closures > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more closure",
                                                            "and %u more closures", self->n_more_closures),
                                               self->n_more_closures);

      write_text (&pen, more, FONT_FAMILY " Italic 12", DIM, PANGO_ALIGN_LEFT, 3);
    }
  pen.y += 16;

  /* The phone slots, smaller: the days that have some. */
  write_text (&pen, _("Phone Reception"), FONT_FAMILY " Bold 16", ACCENT, PANGO_ALIGN_LEFT, 6);
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      g_autofree char *day = NULL;
      g_autofree char *slots = acc_poster_format_day_hours (self, ACC_SCHEDULE_PHONE_SLOT, weekday);

      if (slots == NULL)
        continue;
      any_slot = TRUE;
      day = weekday_name (weekday);
      pen.y += draw_day_row (&pen, day, slots, FONT_FAMILY " Bold 12", FONT_FAMILY " 12", day_column, FALSE) + 3;
    }
  if (!any_slot)
    write_text (&pen, _("No phone reception slot is set."), FONT_FAMILY " 12", DIM, PANGO_ALIGN_LEFT, 3);

  /* The foot: when the poster was made, so that an old one is seen as old. */
  /* Translators: the day the poster was made; see g_date_time_format() */
  today = g_date_time_format (self->today, C_("poster", "%d/%m/%Y"));
  /* Translators: at the foot of the poster */
  updated = g_strdup_printf (_("Updated on %s"), today);
  {
    g_autoptr(PangoLayout) foot = new_layout (&pen, updated, FONT_FAMILY " 10", pen.width);

    pango_layout_set_alignment (foot, PANGO_ALIGN_RIGHT);
    set_colour (cr, DIM);
    cairo_move_to (cr, pen.left, height - MARGIN_PT - layout_height (foot));
    pango_cairo_show_layout (cr, foot);
  }

  g_object_unref (context);
  cairo_restore (cr);
}

/**
 * acc_poster_export_pdf:
 * @path: the PDF file to write, replaced if it exists
 *
 * Writes the poster as a one-page A4 PDF.
 *
 * Returns: whether the file was written.
 */
gboolean
acc_poster_export_pdf (AccPoster   *self,
                       const char  *path,
                       GError     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (ACC_IS_POSTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, ACC_POSTER_A4_WIDTH_PT, ACC_POSTER_A4_HEIGHT_PT);
  if (self->name != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Accueil " PACKAGE_VERSION);
  cr = cairo_create (surface);
  acc_poster_draw (self, cr, ACC_POSTER_A4_WIDTH_PT, ACC_POSTER_A4_HEIGHT_PT);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The poster cannot be written to %s: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_number,
              AccPoster         *self)
{
  acc_poster_draw (self, gtk_print_context_get_cairo_context (context),
                   gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

/**
 * acc_poster_new_print_operation:
 *
 * Returns: (transfer full): a print operation for the poster: one A4 page
 * in portrait, drawn in points on the whole sheet.
 */
GtkPrintOperation *
acc_poster_new_print_operation (AccPoster *self)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (ACC_IS_POSTER (self), NULL);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_n_pages (operation, 1);
  /* Translators: the print job's name */
  gtk_print_operation_set_job_name (operation, _("Opening-hours poster"));
  /* The operation keeps the poster for as long as it prints. */
  g_object_set_data_full (G_OBJECT (operation), "acc-poster", g_object_ref (self), g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self);
  return operation;
}
