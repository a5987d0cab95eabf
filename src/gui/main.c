/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "acc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AccApplication) app = NULL;
  const char *localedir = g_getenv ("ACCUEIL_LOCALEDIR");

  /* ACCUEIL_LOCALEDIR lets the tests and `build-aux/dev run` use the
   * translations of the build folder before anything is installed. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = acc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
