/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-cli-procedure.c — `accueil-cli procedure --output FILE.pdf`: the
 * « Procédure d'accueil » document from the organisation's configuration. */
#define G_LOG_DOMAIN "accueil-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "acc-cli.h"
#include "acc-procedure-pdf.h"

gboolean
acc_cli_run_procedure (AccCli   *cli,
                       int       argc,
                       char    **argv,
                       GError  **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AccRepository) repository = NULL;
  g_autoptr(AccProcedure) procedure = NULL;
  g_autofree char *output = NULL;
  guint n_pages;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write"), N_("FILE") },
    { NULL }
  };

  context = acc_cli_option_context_new (cli, NULL,
                                        _("Writes the reception procedure (who does what, where, when and how, "
                                          "for phone and in-person reception) as a PDF, from the organisation’s "
                                          "settings, slots, hours, staff and documents."),
                                        entries);
  if (!acc_cli_parse_options (cli, context, &argc, &argv, error))
    return FALSE;
  if (output == NULL)
    {
      acc_cli_usage_error (error, _("Say where to write the PDF: --output FILE.pdf."));
      return FALSE;
    }

  repository = acc_cli_open_repository (cli, TRUE, error);
  if (repository == NULL)
    return FALSE;
  procedure = acc_procedure_new_from_repository (repository, error);
  if (procedure == NULL)
    return FALSE;
  n_pages = acc_procedure_write_pdf (procedure, output, error);
  if (n_pages == 0)
    return FALSE;
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u page\n", "%s: %u pages\n", n_pages), output, n_pages);
  return TRUE;
}
