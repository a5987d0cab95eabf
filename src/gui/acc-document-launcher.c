/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-document-launcher.c — opening a document of the register in the
 * desktop's default application, from the Téléphone tab's tools and from
 * the documents register alike. A document's location is a URI, a path to
 * a file, or a place in the premises (« présentoir de l'accueil ») that
 * nothing can open. */
#define G_LOG_DOMAIN "accueil"

#include "config.h"

#include "acc-document-launcher.h"

/**
 * acc_document_location_uri:
 * @location: (nullable): a document's location
 *
 * Returns: (transfer full) (nullable): a location the desktop can open: a
 * URI as it is, or an absolute path to a file that exists as a file:// URI;
 * %NULL for a place to read.
 */
char *
acc_document_location_uri (const char *location)
{
  g_autofree char *scheme = NULL;

  if (location == NULL || *location == '\0')
    return NULL;
  scheme = g_uri_parse_scheme (location);
  if (scheme != NULL)
    return g_strdup (location);
  if (g_path_is_absolute (location) && g_file_test (location, G_FILE_TEST_EXISTS))
    return g_filename_to_uri (location, NULL, NULL);
  return NULL;
}

/**
 * acc_document_launch:
 * @widget: a widget on the display to open it on
 * @uri: from acc_document_location_uri()
 *
 * GtkFileLauncher is GTK 4.10: the default application, through GIO.
 *
 * Returns: whether the application was started.
 */
gboolean
acc_document_launch (GtkWidget   *widget,
                     const char  *uri,
                     GError     **error)
{
  g_autoptr(GdkAppLaunchContext) context = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  return g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), error);
}
