/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-demo.c — a fictional French home-help agency, « Aide à Domicile du
 * Val-de-Loire », to try Accueil or to measure it.
 *
 * The organisation, its staff, phone slots, opening hours, closures, reasons,
 * directory of local services and documents are set up once (what the
 * database already has is kept); then contacts, calls, visits and messages
 * are added, spread over the past six months, mostly inside the phone slots
 * and opening hours. Last comes the desk's log of those months: the answering
 * machine switched off and on at most slot boundaries, and the voicemail
 * checked at the start of slots, the messages left on it forwarded then. The
 * same seed gives the same data on the same day.
 *
 * Everything goes through the repository's public API, in transactions of
 * BATCH_SIZE rows: a million calls take minutes, and the work can be
 * cancelled between two batches, keeping what was committed.
 *
 * The data is French on purpose and not marked for translation: it stands
 * for what a French organisation types in.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "config.h"

#include <string.h>

#include "acc-demo.h"
#include "acc-phone.h"

#define BATCH_SIZE 10000
#define HISTORY_DAYS 182
#define MINUTE_US (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define HOUR_US (60 * MINUTE_US)
#define DAY_US (24 * HOUR_US)

/* The fixed numbers (the agency, its directory, its staff) are in the ranges
 * ARCEP keeps for fiction (01 99 00, 02 61 91, 06 39 98): they ring nobody. */

/* Random numbers: xoshiro256** seeded by splitmix64, the same on every
 * platform for a seed. */

typedef struct
{
  guint64 s[4];
} DemoRandom;

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

static void
random_init (DemoRandom *random,
             guint32     seed)
{
  guint64 state = seed;

  for (guint i = 0; i < 4; i++)
    random->s[i] = splitmix64 (&state);
}

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

static guint64
random_next (DemoRandom *random)
{
  guint64 *s = random->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

/* 0 ≤ result < n */
static guint
random_below (DemoRandom *random,
              guint       n)
{
  if (n == 0)
    return 0;
  return (guint) (((random_next (random) >> 32) * n) >> 32);
}

/* 0 ≤ result < 1 */
static double
random_double (DemoRandom *random)
{
  return (random_next (random) >> 11) * (1.0 / 9007199254740992.0);
}

static gboolean
random_chance (DemoRandom *random,
               double      probability)
{
  return random_double (random) < probability;
}

#define PICK(random, array) ((array)[random_below ((random), G_N_ELEMENTS (array))])

static gpointer
pick_from (DemoRandom *random,
           GPtrArray  *array)
{
  if (array == NULL || array->len == 0)
    return NULL;
  return g_ptr_array_index (array, random_below (random, array->len));
}

/* The words of the demo. */

static const char *const female_first_names[] = {
  "Hélène", "Élodie", "Bérénice", "Gaëlle", "Chloé", "Zoë", "Léa", "Anaïs", "Maëlle",
  "Inès", "Noémie", "Solène", "Cécile", "Géraldine", "Josiane", "Thérèse", "Ginette",
  "Mélanie", "Aurélie", "Sylvie", "Françoise", "Marie-Thérèse", "Jeanne", "Odile",
  "Andrée", "Renée", "Colette", "Agnès", "Clémence", "Eugénie", "Léonie", "Annick",
  "Nathalie", "Émilie", "Ophélie", "Raphaëlle", "Maïwenn", "Héloïse", "Joëlle",
  "Gisèle", "Lucienne", "Paulette", "Yvette", "Michèle", "Danièle", "Frédérique",
};

static const char *const male_first_names[] = {
  "François", "Noël", "Jérôme", "Rémi", "Loïc", "Gaël", "Benoît", "Stéphane",
  "Frédéric", "Hervé", "André", "René", "Gérard", "Aimé", "Joël", "Anaël", "Théo",
  "Mathéo", "Léon", "Jean-Michel", "Hugues", "Séverin", "Raphaël", "Cédric",
  "Grégoire", "Éric", "Michel", "Bernard", "Yves", "Jacques", "Pierre", "Noé",
  "Honoré", "Clément", "Étienne", "Jean-François", "Maël", "Lucien", "Marcel",
};

static const char *const surnames[] = {
  "Lefèvre", "Lemaître", "Bézier", "Gérard", "Dubois", "Moreau", "Fournier", "Girard",
  "Bonnet", "Mercier", "Rousseau", "Blanchard", "Guérin", "Boyer", "Garnier",
  "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément",
  "Morin", "Roussel", "Mathieu", "Masson", "Marchand", "Duval", "Dumont", "Lemoine",
  "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Giraud", "Joly", "Rivière", "Brunet",
  "Gaillard", "Barbier", "Arnaud", "Lévêque", "Bénard", "Hébert", "Lécuyer",
  "Thébault", "Ménard", "Prévost", "Sénéchal", "Crépin", "Héraud", "Béranger",
  "de La Fontaine", "d’Aubigné", "de Saint-Aubin", "du Plessis", "Le Guénnec",
  "Le Bihan", "de Montaigu", "d’Estrées", "Le Goff", "de La Roche-Aymon",
  "N’Diaye", "Ben Saïd", "Nguyễn", "Müller", "Da Silva", "Dos Santos", "Gonçalves",
  "Öztürk", "Haddad", "Kowalczyk", "Martínez", "O’Neill", "Van der Berghe",
};

static const char *const email_domains[] = {
  "orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr",
  "yahoo.fr", "hotmail.fr", "bbox.fr",
};

static const char *const streets[] = {
  "rue des Lilas", "avenue de la Gare", "chemin des Vignes", "place de l’Église",
  "rue Victor-Hugo", "allée des Châtaigniers", "impasse du Moulin", "rue de la Loire",
  "route de Tours", "rue Jean-Jaurès", "boulevard Béranger", "rue du Château-d’Eau",
  "rue des Écoles", "chemin de la Fontaine", "rue Pasteur", "quai des Mariniers",
};

typedef struct
{
  const char *postcode;
  const char *town;
} Town;

static const Town towns[] = {
  { "37530", "Villebourg-sur-Loire" },
  { "37530", "Les Essarts-de-Loire" },
  { "37270", "Saint-Aubin-des-Prés" },
  { "37400", "Chaumont-la-Rivière" },
  { "37150", "Vernay-sur-Cher" },
  { "37270", "Montlouis-les-Vignes" },
  { "37210", "Noizay-le-Petit" },
  { "37400", "Lussault-en-Val" },
};

static const char *const partner_organisations[] = {
  "EHPAD Les Glycines", "Cabinet infirmier Saint-Roch", "SSIAD du Val de Loire",
  "Pharmacie de la Place", "Hôpital local de Villebourg", "Résidence autonomie Les Tilleuls",
  "Mutuelle familiale du Centre", "Cabinet médical des Rosiers",
  "Centre hospitalier — service social", "Conseil départemental — équipe APA",
  "Kinésithérapeutes associés du Val", "Caisse de retraite — action sociale",
};

static const char *const client_organisations[] = {
  "Service de protection des majeurs du Val", "Famille (fille référente)",
  "Famille (fils référent)", "Curatelle — association tutélaire",
};

static const char *const prospect_organisations[] = {
  "Comité social et économique — Tanneries du Val", "Résidence Le Clos Fleuri",
  "Mairie de Noizay-le-Petit", "Association des retraités du Val",
};

static const char *const contact_notes[] = {
  "Malentendant : parler fort et lentement.",
  "Préfère être appelé le matin.",
  "Clé chez la voisine, Mme Perrin, au n° 14.",
  "Allergie aux chats : prévenir les intervenants.",
  "Fille référente à contacter pour le planning.",
  "Interphone en panne : appeler en arrivant.",
  "Bénéficiaire de l’APA, plan d’aide révisé en mars.",
  "Chien dans le jardin, gentil mais bruyant.",
};

static const char *const default_reasons[] = {
  "Demande d'information", "Devis", "Planning d'intervention", "Modification de planning",
  "Réclamation", "Facturation", "Candidature", "Absence d'un intervenant",
  "Aide financière (APA, PCH)", "Demande de rappel",
};

static const char *const interaction_notes[] = {
  "Souhaite un rappel en fin de matinée.",
  "Demande l’envoi de la plaquette par courrier.",
  "Intervenante absente mardi : remplacement à prévoir.",
  "Client satisfait, remercie l’équipe.",
  "Rappel : « pas avant 10 h », s’il vous plaît.",
  "Dossier APA en cours au département.",
  "A demandé les tarifs du week-end.",
  "Attestation fiscale à renvoyer.",
};

static const char *const answered_details[] = {
  "Informations données sur les tarifs",
  "Horaires d’intervention confirmés",
  "Plaquette remise",
  "Explication de l’avantage fiscal (50 %)",
  "Planning de la semaine confirmé",
};

static const char *const message_bodies[] = {
  "Merci de rappeler au sujet du planning de la semaine prochaine.",
  "Demande un devis pour 2 h d’aide au ménage par semaine.",
  "Souhaite parler à son intervenante habituelle.",
  "Conteste la facture du mois dernier : 3 h facturées en trop.",
  "Candidature spontanée, CV envoyé par e-mail.",
  "Sortie d’hôpital prévue vendredi : besoin d’aide dès samedi.",
  "Demande l’attestation fiscale de l’année.",
  "Aimerait décaler l’intervention de jeudi à vendredi.",
  "Question sur le reste à charge avec l’APA.",
  "Rappeler avant 17 h si possible, « c’est urgent ».",
};

static const char *const resolutions[] = {
  "Rappelé, RDV fixé",
  "Rappelée, devis envoyé par courrier",
  "Planning modifié, client informé",
  "Rappel effectué, pas de suite à donner",
  "Réclamation traitée, avoir émis",
  "Facture corrigée et renvoyée",
  "Candidature transmise au service RH",
  "Visite à domicile programmée",
  "Dossier APA transmis au CLIC",
  "Attestation envoyée par e-mail",
};

typedef struct
{
  const char *name;
  AccRole     role;
  const char *phone;
  const char *email;
} StaffSeed;

static const StaffSeed staff_seeds[] = {
  { "Véronique Martin", ACC_ROLE_RECEPTION, "02 61 91 00 11", "veronique.martin@ad-valdeloire.fr" },
  { "Sébastien Roux", ACC_ROLE_RECEPTION, "02 61 91 00 12", "sebastien.roux@ad-valdeloire.fr" },
  { "Inès Belkacem", ACC_ROLE_RECEPTION, "02 61 91 00 13", "ines.belkacem@ad-valdeloire.fr" },
  { "Hélène Dubois-Garnier", ACC_ROLE_SUPERVISOR, "06 39 98 00 21", "helene.dubois-garnier@ad-valdeloire.fr" },
  { "Jérôme Lemaître", ACC_ROLE_SUPERVISOR, "06 39 98 00 22", "jerome.lemaitre@ad-valdeloire.fr" },
  { "Gaëlle Le Goff", ACC_ROLE_SUPERVISOR, "06 39 98 00 23", "gaelle.legoff@ad-valdeloire.fr" },
  { "Anne-Sophie Béranger", ACC_ROLE_MANAGER, "06 39 98 00 30", "as.beranger@ad-valdeloire.fr" },
};

typedef struct
{
  const char *name;
  const char *category;
  const char *phone;
  const char *email;
  const char *address;
  const char *website;
  const char *hours;
  const char *notes;
} DirectorySeed;

static const DirectorySeed directory_seeds[] = {
  { "CCAS de Villebourg-sur-Loire", "Action sociale", "02 61 91 10 10", "ccas@villebourg-sur-loire.fr",
    "Hôtel de ville, place du Marché, 37530 Villebourg-sur-Loire", "https://www.villebourg-sur-loire.fr/ccas",
    "Lun–ven 8 h 30–12 h, 13 h 30–17 h", "Aides d’urgence, portage de repas, dossiers d’aide sociale" },
  { "CLIC du Val de Villebourg", "Coordination gérontologique", "02 61 91 10 11", "clic@valdevillebourg.fr",
    "5 rue de l’Hospice, 37530 Villebourg-sur-Loire", NULL,
    "Lun–ven 9 h–12 h 30, sur rendez-vous l’après-midi", "Information des personnes âgées et des aidants, évaluation à domicile" },
  { "CAF — antenne de Villebourg", "Prestations familiales", "02 61 91 10 12", NULL,
    "2 avenue de la République, 37530 Villebourg-sur-Loire", "https://www.caf.fr",
    "Mar et jeu 9 h–12 h", "Sur rendez-vous uniquement" },
  { "MDPH — Maison départementale des personnes handicapées", "Handicap", "02 61 91 10 13", "contact@mdph-val.fr",
    "38 rue Édouard-Vaillant, 37000 Tours", NULL,
    "Lun–ven 9 h–17 h", "PCH, AAH, carte mobilité inclusion" },
  { "Mairie de Villebourg-sur-Loire", "Mairie", "02 61 91 10 14", "mairie@villebourg-sur-loire.fr",
    "Place du Marché, 37530 Villebourg-sur-Loire", "https://www.villebourg-sur-loire.fr",
    "Lun–ven 8 h 30–12 h, 14 h–17 h 30 ; sam 9 h–12 h", NULL },
  { "CPAM — accueil de Villebourg", "Assurance maladie", "02 61 91 10 15", NULL,
    "11 boulevard Béranger, 37530 Villebourg-sur-Loire", "https://www.ameli.fr",
    "Lun, mer, ven 8 h 30–12 h", NULL },
  { "Conseil départemental — service APA", "Allocation personnalisée d’autonomie", "02 61 91 10 16", "apa@departement-val.fr",
    "Place de la Préfecture, 37000 Tours", NULL, "Lun–ven 9 h–16 h 30", "Demandes et révisions de plans d’aide" },
  { "Espace France Services de Villebourg", "Accès aux droits", "02 61 91 10 17", "franceservices@villebourg-sur-loire.fr",
    "3 rue des Écoles, 37530 Villebourg-sur-Loire", NULL, "Lun–sam 9 h–12 h", "Aide aux démarches en ligne" },
  { "SSIAD du Val de Loire", "Soins infirmiers à domicile", "02 61 91 10 18", "ssiad@valdeloire-sante.fr",
    "17 rue Pasteur, 37530 Villebourg-sur-Loire", NULL, "7 j/7, 7 h–19 h", "Prescription médicale nécessaire" },
  { "Les Amis du Val — contre l’isolement", "Association", "02 61 91 10 19", "contact@lesamisduval.fr",
    "Maison des associations, 37530 Villebourg-sur-Loire", NULL, "Mer 14 h–17 h", "Visites de convivialité, bénévoles" },
  { "Mémoire & Aidants du Val", "Aide aux aidants", "02 61 91 10 20", "accueil@memoire-aidants-val.fr",
    "9 allée des Châtaigniers, 37270 Montlouis-les-Vignes", NULL, "Lun et jeu 14 h–18 h", "Groupes de parole, plateforme de répit" },
  { "Les Saveurs du Val — portage de repas", "Portage de repas", "02 61 91 10 21", NULL,
    "ZA des Perrières, 37530 Villebourg-sur-Loire", NULL, "Commandes la veille avant 11 h", NULL },
  { "France Travail — agence de Villebourg", "Emploi", "02 61 91 10 22", NULL,
    "20 avenue de la Gare, 37530 Villebourg-sur-Loire", "https://www.francetravail.fr", "Lun–ven 8 h 30–12 h 30", "Pour les candidatures spontanées" },
  { "Service de protection des majeurs du Val", "Protection juridique", "02 61 91 10 23", "spm@tutelles-val.fr",
    "4 rue de la Loire, 37530 Villebourg-sur-Loire", NULL, "Sur rendez-vous", "Tutelles et curatelles" },
};

typedef struct
{
  const char     *title;
  AccDocumentKind kind;
  const char     *location;
  guint           reviewed_days_ago;
  guint           interval_days;
} DocumentSeed;

/* Three of them are overdue for review: the dashboard has something to say. */
static const DocumentSeed document_seeds[] = {
  { "Plaquette de présentation", ACC_DOCUMENT_BROCHURE, "Présentoir de l’accueil", 410, 365 },
  { "Grille tarifaire", ACC_DOCUMENT_PRICE_LIST, "Présentoir de l’accueil et site internet", 40, 365 },
  { "Fiche avantages fiscaux (crédit d’impôt de 50 %)", ACC_DOCUMENT_TAX_ADVANTAGE_SHEET, "Présentoir de l’accueil", 430, 365 },
  { "Livret d’accueil du bénéficiaire", ACC_DOCUMENT_WELCOME_BOOKLET, "Remis à la signature du contrat", 120, 365 },
  { "Affiche des horaires d’ouverture", ACC_DOCUMENT_OPENING_HOURS_POSTER, "Porte d’entrée", 200, 180 },
  { "Enseigne extérieure", ACC_DOCUMENT_OUTSIDE_SIGN, "Façade, rue des Tanneurs", 700, 730 },
};

/* Weekly ranges, minutes after midnight. */
typedef struct
{
  guint weekday;
  guint start;
  guint end;
} RangeSeed;

static const RangeSeed phone_slot_seeds[] = {
  { 1, 9 * 60, 12 * 60 }, { 1, 14 * 60, 17 * 60 },
  { 2, 9 * 60, 12 * 60 }, { 2, 14 * 60, 17 * 60 },
  { 3, 9 * 60, 12 * 60 }, { 3, 14 * 60, 17 * 60 },
  { 4, 9 * 60, 12 * 60 }, { 4, 14 * 60, 17 * 60 },
  { 5, 9 * 60, 12 * 60 }, { 5, 14 * 60, 16 * 60 },
  { 6, 9 * 60, 11 * 60 },
};

static const RangeSeed opening_hour_seeds[] = {
  { 1, 9 * 60, 12 * 60 + 30 }, { 1, 13 * 60 + 30, 17 * 60 + 30 },
  { 2, 9 * 60, 12 * 60 + 30 }, { 2, 13 * 60 + 30, 17 * 60 + 30 },
  { 3, 9 * 60, 12 * 60 + 30 },
  { 4, 9 * 60, 12 * 60 + 30 }, { 4, 13 * 60 + 30, 17 * 60 + 30 },
  { 5, 9 * 60, 12 * 60 + 30 }, { 5, 13 * 60 + 30, 16 * 60 + 30 },
  { 6, 9 * 60, 12 * 60 },
};

/* The state of one fill. */

typedef struct
{
  gint64   midnight_us;   /* local midnight, UTC microseconds */
  guint    weekday;       /* 1 = Monday */
  gboolean holiday;
} DemoDay;

typedef struct
{
  guint start;
  guint end;
} Range;

typedef struct
{
  AccRepository      *repository;
  DemoRandom          random;
  GCancellable       *cancellable;
  AccDemoProgressFunc progress;
  gpointer            progress_data;
  guint64             total;
  guint64             done;

  gint64              today_us;      /* local midnight today */
  DemoDay             days[HISTORY_DAYS];
  GArray             *open_days;     /* indexes of weekdays that are not holidays */
  GArray             *phone_slots[8];    /* by weekday: Range */
  GArray             *opening_hours[8];

  GPtrArray          *reception;     /* AccStaffMember */
  GPtrArray          *supervisors;
  GPtrArray          *managers;
  GPtrArray          *everyone;
  AccStaffMember     *reviewer;
  GStrv               reasons;
  GPtrArray          *directory;     /* AccDirectoryEntry */
  GPtrArray          *contacts;      /* AccContact, the ones this fill added */

  guint               message_target;      /* messages taken during calls and visits */
  double              message_probability;
  guint               messages_made;

  /* Messages left on the answering machine, saved when the voicemail is
   * next checked: AccMessage, by the time they were left. */
  GPtrArray          *voicemail;
  guint               voicemail_saved;
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->open_days, g_array_unref);
  for (guint i = 0; i < 8; i++)
    {
      g_clear_pointer (&demo->phone_slots[i], g_array_unref);
      g_clear_pointer (&demo->opening_hours[i], g_array_unref);
    }
  g_clear_pointer (&demo->reception, g_ptr_array_unref);
  g_clear_pointer (&demo->supervisors, g_ptr_array_unref);
  g_clear_pointer (&demo->managers, g_ptr_array_unref);
  g_clear_pointer (&demo->everyone, g_ptr_array_unref);
  g_clear_pointer (&demo->reasons, g_strfreev);
  g_clear_pointer (&demo->directory, g_ptr_array_unref);
  g_clear_pointer (&demo->contacts, g_ptr_array_unref);
  g_clear_pointer (&demo->voicemail, g_ptr_array_unref);
}

/* Public holidays. */

/* Easter Sunday, by the anonymous Gregorian algorithm (Meeus, Jones,
 * Butcher). */
static GDate *
easter_sunday (guint year)
{
  guint a = year % 19;
  guint b = year / 100;
  guint c = year % 100;
  guint d = b / 4;
  guint e = b % 4;
  guint f = (b + 8) / 25;
  guint g = (b - f + 1) / 3;
  guint h = (19 * a + b - d - g + 15) % 30;
  guint i = c / 4;
  guint k = c % 4;
  guint l = (32 + 2 * e + 2 * i - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31;
  guint day = (h + l - 7 * m + 114) % 31 + 1;

  return g_date_new_dmy (day, month, year);
}

typedef struct
{
  GDate       date;
  const char *label;
} Holiday;

/* The eleven public holidays of metropolitan France. */
static GArray *
french_holidays (guint year)
{
  static const struct { guint day, month; const char *label; } fixed[] = {
    { 1, 1, "Jour de l’an" },
    { 1, 5, "Fête du Travail" },
    { 8, 5, "Victoire 1945" },
    { 14, 7, "Fête nationale" },
    { 15, 8, "Assomption" },
    { 1, 11, "Toussaint" },
    { 11, 11, "Armistice 1918" },
    { 25, 12, "Noël" },
  };
  static const struct { guint days_after_easter; const char *label; } movable[] = {
    { 1, "Lundi de Pâques" },
    { 39, "Ascension" },
    { 50, "Lundi de Pentecôte" },
  };
  GArray *holidays = g_array_new (FALSE, TRUE, sizeof (Holiday));
  g_autoptr(GDate) easter = easter_sunday (year);

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      Holiday holiday = { .label = fixed[i].label };
      g_date_clear (&holiday.date, 1);
      g_date_set_dmy (&holiday.date, fixed[i].day, fixed[i].month, year);
      g_array_append_val (holidays, holiday);
    }
  for (guint i = 0; i < G_N_ELEMENTS (movable); i++)
    {
      Holiday holiday = { .date = *easter, .label = movable[i].label };
      g_date_add_days (&holiday.date, movable[i].days_after_easter);
      g_array_append_val (holidays, holiday);
    }
  return holidays;
}

static gboolean
is_holiday (const GDate *date)
{
  g_autoptr(GArray) holidays = french_holidays (g_date_get_year (date));

  for (guint i = 0; i < holidays->len; i++)
    if (g_date_compare (&g_array_index (holidays, Holiday, i).date, date) == 0)
      return TRUE;
  return FALSE;
}

static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The calendar of the past months: local midnights, weekdays, holidays. */
static void
prepare_days (Demo *demo)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  demo->open_days = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Today is left out: what the demo writes depends on the day, not the
   * hour. */
  for (guint i = 0; i <= HISTORY_DAYS; i++)
    {
      GDate date = today;
      g_autoptr(GDateTime) noon = NULL;
      gint64 midnight_us;

      g_date_subtract_days (&date, HISTORY_DAYS - i);
      /* Noon's offset from UTC: no daylight-saving change happens during
       * office hours. */
      noon = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), 12, 0, 0);
      midnight_us = g_date_time_to_unix (noon) * G_USEC_PER_SEC - 12 * HOUR_US;

      if (i == HISTORY_DAYS)
        {
          demo->today_us = midnight_us;
          break;
        }

      demo->days[i].midnight_us = midnight_us;
      demo->days[i].weekday = g_date_get_weekday (&date);
      demo->days[i].holiday = is_holiday (&date);
      if (demo->days[i].weekday <= 5 && !demo->days[i].holiday)
        g_array_append_val (demo->open_days, i);
    }
}

/* Names, numbers, addresses. */

static char *
random_person_name (Demo *demo)
{
  const char *first = random_chance (&demo->random, 0.55)
                        ? PICK (&demo->random, female_first_names)
                        : PICK (&demo->random, male_first_names);

  return g_strconcat (first, " ", PICK (&demo->random, surnames), NULL);
}

/* Lower-case ASCII letters, digits and hyphens, for an e-mail address:
 * « Hélène d’Aubigné » gives « helene.daubigne ». */
static void
append_email_part (GString    *out,
                   const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (*p == '-' && out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
}

static char *
random_email (Demo       *demo,
              const char *name)
{
  GString *email = g_string_new (NULL);
  const char *space = strchr (name, ' ');

  if (space != NULL)
    {
      g_autofree char *first = g_strndup (name, space - name);
      append_email_part (email, first);
      g_string_append_c (email, '.');
      append_email_part (email, space + 1);
    }
  else
    append_email_part (email, name);

  if (random_chance (&demo->random, 0.3))
    g_string_append_printf (email, "%u", 1940 + random_below (&demo->random, 70));
  g_string_append_printf (email, "@%s", PICK (&demo->random, email_domains));
  return g_string_free (email, FALSE);
}

/* A French number in E.164: mobiles (06, 07) and landlines, most of them in
 * the west (02). */
static char *
random_phone (Demo *demo)
{
  static const char *const other_regions[] = { "1", "3", "4", "5", "9" };
  double r = random_double (&demo->random);
  const char *prefix;
  guint first;

  if (r < 0.45)
    prefix = "6";
  else if (r < 0.6)
    prefix = "7";
  else if (r < 0.9)
    prefix = "2";
  else
    prefix = PICK (&demo->random, other_regions);

  /* 07 numbers begin with 07 5 to 07 8. */
  first = g_str_equal (prefix, "7") ? 5 + random_below (&demo->random, 4) : 1 + random_below (&demo->random, 9);
  return g_strdup_printf ("+33%s%u%07u", prefix, first, random_below (&demo->random, 10000000));
}

static char *
random_address (Demo *demo)
{
  const Town *town = &towns[random_below (&demo->random, G_N_ELEMENTS (towns))];

  return g_strdup_printf ("%u %s, %s %s", 1 + random_below (&demo->random, 120),
                          PICK (&demo->random, streets), town->postcode, town->town);
}

/* Times. */

static gint64
time_in_range (Demo        *demo,
               const DemoDay *day,
               guint        start_minute,
               guint        end_minute)
{
  guint minute = start_minute + random_below (&demo->random, MAX (end_minute - start_minute, 1));

  return day->midnight_us + minute * MINUTE_US + random_below (&demo->random, 60) * G_USEC_PER_SEC;
}

/* A moment of the past months: most inside the weekly ranges of @ranges (phone
 * slots, opening hours) on a working day, some outside. */
static gint64
random_moment (Demo    *demo,
               GArray **ranges,
               double   inside)
{
  if (random_chance (&demo->random, inside) && demo->open_days->len > 0)
    {
      for (guint attempt = 0; attempt < 8; attempt++)
        {
          guint index = g_array_index (demo->open_days, guint,
                                       random_below (&demo->random, demo->open_days->len));
          const DemoDay *day = &demo->days[index];
          GArray *day_ranges = ranges[day->weekday];
          const Range *range;

          if (day_ranges == NULL || day_ranges->len == 0)
            continue;
          range = &g_array_index (day_ranges, Range, random_below (&demo->random, day_ranges->len));
          return time_in_range (demo, day, range->start, range->end);
        }
    }

  /* Outside: early, at lunch, in the evening, or on any day. */
  {
    const DemoDay *day = &demo->days[random_below (&demo->random, HISTORY_DAYS)];
    static const Range outside[] = {
      { 7 * 60 + 30, 9 * 60 }, { 12 * 60, 14 * 60 }, { 17 * 60, 19 * 60 + 30 },
    };
    const Range *range = &outside[random_below (&demo->random, G_N_ELEMENTS (outside))];

    return time_in_range (demo, day, range->start, range->end);
  }
}

/* Minutes, skewed towards the short: most calls take two to five. */
static gint64
random_duration (Demo  *demo,
                 guint  min_minutes,
                 guint  typical_minutes,
                 guint  max_minutes)
{
  double r = random_double (&demo->random);
  double minutes = min_minutes + (typical_minutes - min_minutes) * 2.0 * r * r
                   + random_double (&demo->random) * (typical_minutes - min_minutes);

  minutes = MIN (minutes, (double) max_minutes);
  return (gint64) (minutes * MINUTE_US);
}

/* Set-up: what an organisation configures once. */

static gpointer
copy_object (gconstpointer object,
             gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

static gboolean
setup_staff (Demo    *demo,
             GError **error)
{
  g_autoptr(GListModel) staff = acc_repository_list_staff (demo->repository, TRUE, error);

  if (staff == NULL)
    return FALSE;

  if (g_list_model_get_n_items (staff) == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (staff_seeds); i++)
        {
          g_autoptr(AccStaffMember) member = acc_staff_member_new (staff_seeds[i].name, staff_seeds[i].role);
          g_autofree char *phone = acc_phone_normalize (staff_seeds[i].phone);

          acc_staff_member_set_phone (member, phone);
          acc_staff_member_set_email (member, staff_seeds[i].email);
          if (!acc_repository_save_staff (demo->repository, member, error))
            return FALSE;
        }
      g_object_unref (staff);
      staff = acc_repository_list_staff (demo->repository, TRUE, error);
      if (staff == NULL)
        return FALSE;
    }

  demo->reception = g_ptr_array_new_with_free_func (g_object_unref);
  demo->supervisors = g_ptr_array_new_with_free_func (g_object_unref);
  demo->managers = g_ptr_array_new_with_free_func (g_object_unref);
  demo->everyone = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      AccStaffMember *member = g_list_model_get_item (staff, i);

      g_ptr_array_add (demo->everyone, g_object_ref (member));
      switch (acc_staff_member_get_role (member))
        {
        case ACC_ROLE_RECEPTION:
          g_ptr_array_add (demo->reception, member);
          break;
        case ACC_ROLE_SUPERVISOR:
          g_ptr_array_add (demo->supervisors, member);
          break;
        case ACC_ROLE_MANAGER:
        default:
          g_ptr_array_add (demo->managers, member);
          break;
        }
    }

  /* A team the demo did not create may lack a role: others stand in. */
  if (demo->reception->len == 0)
    g_ptr_array_extend (demo->reception, demo->everyone, copy_object, NULL);
  if (demo->supervisors->len == 0)
    g_ptr_array_extend (demo->supervisors, demo->managers->len > 0 ? demo->managers : demo->everyone,
                        copy_object, NULL);
  if (demo->managers->len == 0)
    g_ptr_array_extend (demo->managers, demo->supervisors, copy_object, NULL);

  demo->reviewer = g_ptr_array_index (demo->managers, 0);
  return TRUE;
}

static gboolean
setup_organisation (Demo    *demo,
                    GError **error)
{
  g_autoptr(AccOrganisation) organisation = acc_repository_load_organisation (demo->repository, error);
  const char *name;

  if (organisation == NULL)
    return FALSE;

  /* An organisation that already has a name keeps its settings. */
  name = acc_organisation_get_name (organisation);
  if (name == NULL || *name == '\0')
    {
      g_autofree char *phone = acc_phone_normalize ("02 61 91 00 00");

      acc_organisation_set_name (organisation, "Aide à Domicile du Val-de-Loire");
      acc_organisation_set_address (organisation, "14 rue des Tanneurs, 37530 Villebourg-sur-Loire");
      acc_organisation_set_phone (organisation, phone);
      acc_organisation_set_email (organisation, "accueil@ad-valdeloire.fr");
      acc_organisation_set_website (organisation, "https://www.ad-valdeloire.fr");
      if (acc_organisation_get_phone_greeting (organisation) == NULL)
        acc_organisation_set_phone_greeting (organisation, ACC_DEFAULT_PHONE_GREETING);
      if (acc_organisation_get_visit_greeting (organisation) == NULL)
        acc_organisation_set_visit_greeting (organisation, ACC_DEFAULT_VISIT_GREETING);
      if (!acc_repository_save_organisation (demo->repository, organisation, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
setup_schedule_kind (Demo             *demo,
                     AccScheduleKind   kind,
                     const RangeSeed  *seeds,
                     guint             n_seeds,
                     GArray          **by_weekday,
                     GError          **error)
{
  g_autoptr(GListModel) ranges = acc_repository_list_schedule (demo->repository, kind, error);

  if (ranges == NULL)
    return FALSE;

  if (g_list_model_get_n_items (ranges) == 0)
    {
      for (guint i = 0; i < n_seeds; i++)
        {
          g_autoptr(AccScheduleRange) range = acc_schedule_range_new (kind, seeds[i].weekday,
                                                                      seeds[i].start, seeds[i].end);
          if (!acc_repository_save_schedule_range (demo->repository, range, error))
            return FALSE;
        }
      g_object_unref (ranges);
      ranges = acc_repository_list_schedule (demo->repository, kind, error);
      if (ranges == NULL)
        return FALSE;
    }

  /* The times of the calls and visits follow the hours the database has. */
  for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(AccScheduleRange) range = g_list_model_get_item (ranges, i);
      guint weekday = acc_schedule_range_get_weekday (range);
      Range r = { acc_schedule_range_get_start_minute (range), acc_schedule_range_get_end_minute (range) };

      if (weekday < 1 || weekday > 7)
        continue;
      if (by_weekday[weekday] == NULL)
        by_weekday[weekday] = g_array_new (FALSE, FALSE, sizeof (Range));
      g_array_append_val (by_weekday[weekday], r);
    }
  return TRUE;
}

static gboolean
add_closure_unless_known (Demo           *demo,
                          GHashTable     *known_days,
                          AccClosureKind  kind,
                          const GDate    *date,
                          const char     *label,
                          GError        **error)
{
  g_autofree char *day = format_day (date);
  g_autoptr(AccClosure) closure = NULL;

  if (g_hash_table_contains (known_days, day))
    return TRUE;
  closure = acc_closure_new (kind, day, day, label);
  if (!acc_repository_save_closure (demo->repository, closure, error))
    return FALSE;
  g_hash_table_add (known_days, g_steal_pointer (&day));
  return TRUE;
}

/* The public holidays of this year and the next, and one exceptional
 * closure: the Friday after Ascension, the « pont » many agencies close. */
static gboolean
setup_closures (Demo    *demo,
                GError **error)
{
  g_autoptr(GListModel) closures = acc_repository_list_closures (demo->repository, error);
  g_autoptr(GHashTable) known_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint year = g_date_time_get_year (now);
  GDate today;

  if (closures == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (closures); i++)
    {
      g_autoptr(AccClosure) closure = g_list_model_get_item (closures, i);
      g_hash_table_add (known_days, g_strdup (acc_closure_get_first_day (closure)));
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), year);

  for (guint y = year; y <= year + 1; y++)
    {
      g_autoptr(GArray) holidays = french_holidays (y);

      for (guint i = 0; i < holidays->len; i++)
        {
          Holiday *holiday = &g_array_index (holidays, Holiday, i);
          if (!add_closure_unless_known (demo, known_days, ACC_CLOSURE_PUBLIC_HOLIDAY,
                                         &holiday->date, holiday->label, error))
            return FALSE;
        }
    }

  for (guint y = year; y <= year + 1; y++)
    {
      g_autoptr(GDate) bridge = easter_sunday (y);

      g_date_add_days (bridge, 40);
      if (g_date_compare (bridge, &today) < 0 && y == year)
        continue;
      return add_closure_unless_known (demo, known_days, ACC_CLOSURE_EXCEPTIONAL, bridge,
                                       "Pont de l’Ascension", error);
    }
  return TRUE;
}

static gboolean
setup_reasons (Demo    *demo,
               GError **error)
{
  demo->reasons = acc_repository_list_reasons (demo->repository, error);
  if (demo->reasons == NULL)
    return FALSE;

  /* A list the organisation already made is its own. */
  if (demo->reasons[0] != NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (default_reasons); i++)
    if (!acc_repository_add_reason (demo->repository, default_reasons[i], error))
      return FALSE;

  g_strfreev (demo->reasons);
  demo->reasons = acc_repository_list_reasons (demo->repository, error);
  return demo->reasons != NULL;
}

static gboolean
setup_directory (Demo    *demo,
                 GError **error)
{
  g_autoptr(GListModel) directory = acc_repository_list_directory (demo->repository, error);

  if (directory == NULL)
    return FALSE;

  if (g_list_model_get_n_items (directory) == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (directory_seeds); i++)
        {
          const DirectorySeed *seed = &directory_seeds[i];
          g_autoptr(AccDirectoryEntry) entry = acc_directory_entry_new (seed->name);

          acc_directory_entry_set_category (entry, seed->category);
          acc_directory_entry_set_phone (entry, seed->phone);
          acc_directory_entry_set_email (entry, seed->email);
          acc_directory_entry_set_address (entry, seed->address);
          acc_directory_entry_set_website (entry, seed->website);
          acc_directory_entry_set_hours (entry, seed->hours);
          acc_directory_entry_set_notes (entry, seed->notes);
          if (!acc_repository_save_directory_entry (demo->repository, entry, error))
            return FALSE;
        }
      g_object_unref (directory);
      directory = acc_repository_list_directory (demo->repository, error);
      if (directory == NULL)
        return FALSE;
    }

  demo->directory = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    g_ptr_array_add (demo->directory, g_list_model_get_item (directory, i));
  return TRUE;
}

static gboolean
setup_documents (Demo    *demo,
                 GError **error)
{
  g_autoptr(GListModel) documents = acc_repository_list_documents (demo->repository, error);

  if (documents == NULL)
    return FALSE;
  if (g_list_model_get_n_items (documents) > 0)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (document_seeds); i++)
    {
      const DocumentSeed *seed = &document_seeds[i];
      g_autoptr(AccDocument) document = acc_document_new (seed->title, seed->kind);

      acc_document_set_location (document, seed->location);
      acc_document_set_reviewed_at (document, demo->today_us - (gint64) seed->reviewed_days_ago * DAY_US
                                                + 10 * HOUR_US);
      acc_document_set_reviewed_by_id (document, acc_staff_member_get_id (demo->reviewer));
      acc_document_set_review_interval_days (document, seed->interval_days);
      if (!acc_repository_save_document (demo->repository, document, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
setup_all (gpointer   user_data,
           GError   **error)
{
  Demo *demo = user_data;

  return setup_staff (demo, error)
         && setup_organisation (demo, error)
         && setup_schedule_kind (demo, ACC_SCHEDULE_PHONE_SLOT, phone_slot_seeds,
                                 G_N_ELEMENTS (phone_slot_seeds), demo->phone_slots, error)
         && setup_schedule_kind (demo, ACC_SCHEDULE_OPENING_HOURS, opening_hour_seeds,
                                 G_N_ELEMENTS (opening_hour_seeds), demo->opening_hours, error)
         && setup_closures (demo, error)
         && setup_reasons (demo, error)
         && setup_directory (demo, error)
         && setup_documents (demo, error);
}

/* Rows. */

static const char *
random_reason (Demo *demo)
{
  guint n = g_strv_length (demo->reasons);

  if (n == 0)
    return PICK (&demo->random, default_reasons);
  /* The first reasons of the list are the everyday ones. */
  if (random_chance (&demo->random, 0.4))
    return demo->reasons[random_below (&demo->random, MIN (n, 3))];
  return demo->reasons[random_below (&demo->random, n)];
}

static gboolean
add_contact (Demo    *demo,
             GError **error)
{
  g_autofree char *name = random_person_name (demo);
  g_autoptr(AccContact) contact = acc_contact_new (name);
  double r = random_double (&demo->random);
  AccContactKind kind;

  if (r < 0.55)
    kind = ACC_CONTACT_KIND_CLIENT;
  else if (r < 0.85)
    kind = ACC_CONTACT_KIND_PROSPECT;
  else if (r < 0.97)
    kind = ACC_CONTACT_KIND_PARTNER;
  else
    kind = ACC_CONTACT_KIND_OTHER;
  acc_contact_set_kind (contact, kind);

  if (kind == ACC_CONTACT_KIND_PARTNER)
    acc_contact_set_organisation (contact, PICK (&demo->random, partner_organisations));
  else if (kind == ACC_CONTACT_KIND_CLIENT && random_chance (&demo->random, 0.1))
    acc_contact_set_organisation (contact, PICK (&demo->random, client_organisations));
  else if (kind == ACC_CONTACT_KIND_PROSPECT && random_chance (&demo->random, 0.15))
    acc_contact_set_organisation (contact, PICK (&demo->random, prospect_organisations));

  if (random_chance (&demo->random, 0.95))
    {
      g_autofree char *phone = random_phone (demo);
      acc_contact_set_phone (contact, phone);
    }
  if (random_chance (&demo->random, kind == ACC_CONTACT_KIND_PARTNER ? 0.9 : 0.5))
    {
      g_autofree char *email = random_email (demo, name);
      acc_contact_set_email (contact, email);
    }
  if (kind == ACC_CONTACT_KIND_CLIENT || random_chance (&demo->random, 0.3))
    {
      g_autofree char *address = random_address (demo);
      acc_contact_set_address (contact, address);
    }
  if (random_chance (&demo->random, 0.12))
    acc_contact_set_notes (contact, PICK (&demo->random, contact_notes));

  if (!acc_repository_save_contact (demo->repository, contact, error))
    return FALSE;
  g_ptr_array_add (demo->contacts, g_steal_pointer (&contact));
  demo->done++;
  return TRUE;
}

/* Who receives a message: mostly a supervisor. */
static AccStaffMember *
random_recipient (Demo *demo)
{
  double r = random_double (&demo->random);

  if (r < 0.8)
    return pick_from (&demo->random, demo->supervisors);
  if (r < 0.93)
    return pick_from (&demo->random, demo->managers);
  return pick_from (&demo->random, demo->reception);
}

/* Another member of the staff than @member, for forwarding; NULL when there
 * is nobody else. */
static AccStaffMember *
someone_else (Demo           *demo,
              AccStaffMember *member)
{
  GPtrArray *candidates = demo->supervisors->len > 1 ? demo->supervisors : demo->everyone;

  for (guint attempt = 0; attempt < 8; attempt++)
    {
      AccStaffMember *other = pick_from (&demo->random, candidates);
      if (other != NULL && other != member
          && acc_staff_member_get_id (other) != acc_staff_member_get_id (member))
        return other;
    }
  for (guint i = 0; i < demo->everyone->len; i++)
    {
      AccStaffMember *other = g_ptr_array_index (demo->everyone, i);
      if (acc_staff_member_get_id (other) != acc_staff_member_get_id (member))
        return other;
    }
  return NULL;
}

/* Where a message stands today: the old ones are handled, the recent ones
 * still open. The first five messages of a fill take one status each, so
 * that even a tiny demo shows them all. */
static AccMessageStatus
status_for_age (Demo   *demo,
                gint64  created_at)
{
  double days = (double) (demo->today_us - created_at) / DAY_US;
  double r = random_double (&demo->random);

  if (demo->messages_made < 5)
    return (AccMessageStatus) demo->messages_made;

  if (days > 30)
    return r < 0.95 ? ACC_MESSAGE_STATUS_DONE : r < 0.98 ? ACC_MESSAGE_STATUS_IN_PROGRESS : ACC_MESSAGE_STATUS_READ;
  if (days > 7)
    return r < 0.75 ? ACC_MESSAGE_STATUS_DONE
           : r < 0.85 ? ACC_MESSAGE_STATUS_IN_PROGRESS
           : r < 0.92 ? ACC_MESSAGE_STATUS_READ
           : r < 0.96 ? ACC_MESSAGE_STATUS_FORWARDED
           : ACC_MESSAGE_STATUS_NEW;
  return r < 0.3 ? ACC_MESSAGE_STATUS_NEW
         : r < 0.5 ? ACC_MESSAGE_STATUS_READ
         : r < 0.7 ? ACC_MESSAGE_STATUS_IN_PROGRESS
         : r < 0.9 ? ACC_MESSAGE_STATUS_DONE
         : ACC_MESSAGE_STATUS_FORWARDED;
}

/* The message's real history: read, taken in hand, then done or forwarded,
 * each step recorded by the repository. */
static gboolean
advance_message (Demo        *demo,
                 AccMessage  *message,
                 GError     **error)
{
  AccMessageStatus status = status_for_age (demo, acc_message_get_created_at (message));
  gint64 recipient_id = acc_message_get_recipient_id (message);
  AccStaffMember *recipient = NULL;
  AccStaffMember *other = NULL;
  gint64 at;

  demo->messages_made++;
  demo->done++;

  if (status == ACC_MESSAGE_STATUS_NEW)
    return TRUE;

  if (status == ACC_MESSAGE_STATUS_FORWARDED)
    {
      for (guint i = 0; i < demo->everyone->len && recipient == NULL; i++)
        if (acc_staff_member_get_id (g_ptr_array_index (demo->everyone, i)) == recipient_id)
          recipient = g_ptr_array_index (demo->everyone, i);
      other = recipient != NULL ? someone_else (demo, recipient) : NULL;
      if (other == NULL)
        status = ACC_MESSAGE_STATUS_DONE;
    }

  /* The history happens after the message, at a plausible pace: read
   * within hours, handled within a day or two, never in the future. */
  at = acc_message_get_created_at (message) + (gint64) (10 + random_below (&demo->random, 6 * 60)) * MINUTE_US;
  if (!acc_repository_set_message_status_at (demo->repository, message, ACC_MESSAGE_STATUS_READ,
                                             recipient_id, NULL, 0, MIN (at, demo->today_us), error))
    return FALSE;

  switch (status)
    {
    case ACC_MESSAGE_STATUS_IN_PROGRESS:
      at += (gint64) (5 + random_below (&demo->random, 120)) * MINUTE_US;
      return acc_repository_set_message_status_at (demo->repository, message, ACC_MESSAGE_STATUS_IN_PROGRESS,
                                                   recipient_id, NULL, 0, MIN (at, demo->today_us), error);
    case ACC_MESSAGE_STATUS_DONE:
      at += (gint64) (5 + random_below (&demo->random, 120)) * MINUTE_US;
      if (random_chance (&demo->random, 0.6)
          && !acc_repository_set_message_status_at (demo->repository, message, ACC_MESSAGE_STATUS_IN_PROGRESS,
                                                    recipient_id, NULL, 0, MIN (at, demo->today_us), error))
        return FALSE;
      at += (gint64) (30 + random_below (&demo->random, 36 * 60)) * MINUTE_US;
      return acc_repository_set_message_status_at (demo->repository, message, ACC_MESSAGE_STATUS_DONE,
                                                   recipient_id, PICK (&demo->random, resolutions), 0,
                                                   MIN (at, demo->today_us), error);
    case ACC_MESSAGE_STATUS_FORWARDED:
      {
        g_autofree char *note = g_strdup_printf ("Transmis à %s, qui suit ce dossier",
                                                 acc_staff_member_get_name (other));
        at += (gint64) (5 + random_below (&demo->random, 4 * 60)) * MINUTE_US;
        return acc_repository_set_message_status_at (demo->repository, message, ACC_MESSAGE_STATUS_FORWARDED,
                                                     recipient_id, note, acc_staff_member_get_id (other),
                                                     MIN (at, demo->today_us), error);
      }
    case ACC_MESSAGE_STATUS_READ:
    case ACC_MESSAGE_STATUS_NEW:
    default:
      return TRUE;
    }
}

static AccMessage *
new_message (Demo           *demo,
             AccStaffMember *recipient,
             gint64          created_at)
{
  AccMessage *message = acc_message_new ();

  acc_message_set_recipient_id (message, acc_staff_member_get_id (recipient));
  acc_message_set_created_at (message, created_at);
  acc_message_set_urgent (message, random_chance (&demo->random, 0.07));
  acc_message_set_body (message, PICK (&demo->random, message_bodies));
  return message;
}

static gboolean
add_interaction (Demo        *demo,
                 AccChannel   channel,
                 GError     **error)
{
  gboolean visit = channel == ACC_CHANNEL_VISIT;
  g_autoptr(AccInteraction) interaction = acc_interaction_new (channel);
  g_autoptr(AccMessage) message = NULL;
  AccStaffMember *agent;
  AccContact *contact = NULL;
  gint64 started_at;
  double r;

  started_at = random_moment (demo, visit ? demo->opening_hours : demo->phone_slots, visit ? 0.95 : 0.9);
  acc_interaction_set_started_at (interaction, started_at);
  acc_interaction_set_ended_at (interaction, started_at + (visit ? random_duration (demo, 5, 15, 45)
                                                                 : random_duration (demo, 1, 4, 20)));

  agent = random_chance (&demo->random, 0.85) ? pick_from (&demo->random, demo->reception)
                                              : pick_from (&demo->random, demo->supervisors);
  acc_interaction_set_staff_id (interaction, acc_staff_member_get_id (agent));

  if (demo->contacts->len > 0 && random_chance (&demo->random, 0.75))
    contact = pick_from (&demo->random, demo->contacts);
  if (contact != NULL)
    {
      acc_interaction_set_contact_id (interaction, acc_contact_get_id (contact));
      acc_interaction_set_name (interaction, acc_contact_get_name (contact));
      acc_interaction_set_organisation (interaction, acc_contact_get_organisation (contact));
      acc_interaction_set_phone (interaction, acc_contact_get_phone (contact));
      acc_interaction_set_email (interaction, acc_contact_get_email (contact));
    }
  else
    {
      g_autofree char *name = random_person_name (demo);

      acc_interaction_set_name (interaction, name);
      if (random_chance (&demo->random, visit ? 0.4 : 0.7))
        {
          g_autofree char *phone = random_phone (demo);
          acc_interaction_set_phone (interaction, phone);
        }
    }

  acc_interaction_set_reason (interaction, random_reason (demo));
  if (random_chance (&demo->random, 0.25))
    acc_interaction_set_notes (interaction, PICK (&demo->random, interaction_notes));
  acc_interaction_set_checklist (interaction, random_chance (&demo->random, 0.85) ? 0xf
                                                                                  : random_below (&demo->random, 16));

  r = random_double (&demo->random);
  if (demo->messages_made < demo->message_target && r < demo->message_probability)
    {
      AccStaffMember *recipient = random_recipient (demo);

      acc_interaction_set_outcome (interaction, ACC_OUTCOME_MESSAGE);
      /* The message is created when the call ends: the repository takes
       * that time. */
      message = new_message (demo, recipient, 0);
    }
  else
    {
      r = random_double (&demo->random);
      if (r < 0.7)
        {
          acc_interaction_set_outcome (interaction, ACC_OUTCOME_ANSWERED);
          if (random_chance (&demo->random, 0.3))
            acc_interaction_set_outcome_detail (interaction, PICK (&demo->random, answered_details));
        }
      else if (r < 0.87 || demo->directory->len == 0)
        {
          AccStaffMember *supervisor = pick_from (&demo->random, demo->supervisors);

          acc_interaction_set_outcome (interaction, ACC_OUTCOME_TRANSFERRED);
          acc_interaction_set_supervisor_id (interaction, acc_staff_member_get_id (supervisor));
        }
      else
        {
          AccDirectoryEntry *entry = pick_from (&demo->random, demo->directory);

          acc_interaction_set_outcome (interaction, ACC_OUTCOME_ORIENTED);
          acc_interaction_set_directory_id (interaction, acc_directory_entry_get_id (entry));
          acc_interaction_set_outcome_detail (interaction, acc_directory_entry_get_name (entry));
        }
    }

  if (!acc_repository_save_interaction (demo->repository, interaction, message, error))
    return FALSE;
  demo->done++;

  return message == NULL || advance_message (demo, message, error);
}

static gboolean
add_call (Demo    *demo,
          GError **error)
{
  return add_interaction (demo, ACC_CHANNEL_PHONE, error);
}

static gboolean
add_visit (Demo    *demo,
           GError **error)
{
  return add_interaction (demo, ACC_CHANNEL_VISIT, error);
}

/* A message that came without a call in the book: mostly the answering
 * machine's, often left outside the phone slots. */
static gboolean
add_message (Demo    *demo,
             GError **error)
{
  g_autoptr(AccMessage) message = NULL;
  AccStaffMember *recipient = random_recipient (demo);
  AccContact *contact = NULL;
  double r = random_double (&demo->random);
  AccMessageSource source;
  gint64 created_at;

  if (r < 0.75)
    source = ACC_MESSAGE_SOURCE_VOICEMAIL;
  else if (r < 0.9)
    source = ACC_MESSAGE_SOURCE_CALL;
  else
    source = ACC_MESSAGE_SOURCE_VISIT;

  created_at = random_moment (demo, source == ACC_MESSAGE_SOURCE_VISIT ? demo->opening_hours : demo->phone_slots,
                              source == ACC_MESSAGE_SOURCE_VOICEMAIL ? 0.5 : 0.9);
  message = new_message (demo, recipient, created_at);
  acc_message_set_source (message, source);
  acc_message_set_taken_by_id (message, acc_staff_member_get_id (pick_from (&demo->random, demo->reception)));
  acc_message_set_reason (message, random_reason (demo));

  if (demo->contacts->len > 0 && random_chance (&demo->random, 0.6))
    contact = pick_from (&demo->random, demo->contacts);
  if (contact != NULL)
    {
      acc_message_set_contact_id (message, acc_contact_get_id (contact));
      acc_message_set_name (message, acc_contact_get_name (contact));
      acc_message_set_organisation (message, acc_contact_get_organisation (contact));
      acc_message_set_phone (message, acc_contact_get_phone (contact));
      acc_message_set_email (message, acc_contact_get_email (contact));
    }
  else
    {
      g_autofree char *name = random_person_name (demo);
      g_autofree char *phone = random_phone (demo);

      acc_message_set_name (message, name);
      acc_message_set_phone (message, phone);
    }

  /* What the machine recorded waits for the next voicemail check. */
  if (source == ACC_MESSAGE_SOURCE_VOICEMAIL)
    {
      g_ptr_array_add (demo->voicemail, g_steal_pointer (&message));
      return TRUE;
    }

  if (!acc_repository_save_message (demo->repository, message, error))
    return FALSE;
  return advance_message (demo, message, error);
}

/* Batches. */

typedef gboolean (*DemoRowFunc) (Demo    *demo,
                                 GError **error);

typedef struct
{
  Demo        *demo;
  DemoRowFunc  add_row;
  guint        count;
} Batch;

static gboolean
run_batch (gpointer   user_data,
           GError   **error)
{
  Batch *batch = user_data;

  for (guint i = 0; i < batch->count; i++)
    if (!batch->add_row (batch->demo, error))
      return FALSE;
  return TRUE;
}

static void
report_progress (Demo *demo)
{
  if (demo->progress != NULL)
    demo->progress (demo->total > 0 ? MIN (1.0, (double) demo->done / demo->total) : 1.0,
                    demo->progress_data);
}

/* @count rows, BATCH_SIZE per transaction, with progress and a chance to
 * cancel after each. */
static gboolean
add_rows (Demo            *demo,
          guint            count,
          DemoRowFunc      add_row,
          AccChangeFlags   touches,
          GError         **error)
{
  guint added = 0;

  while (added < count)
    {
      Batch batch = { demo, add_row, MIN (BATCH_SIZE, count - added) };

      if (!acc_repository_run_in_transaction (demo->repository, touches, run_batch, &batch, error))
        return FALSE;
      added += batch.count;

      report_progress (demo);
      if (g_cancellable_set_error_if_cancelled (demo->cancellable, error))
        return FALSE;
    }
  return TRUE;
}

/* The desk's log. */

/* A slot starts (the machine is switched off) or ends (switched on). */
typedef struct
{
  gint64   at_us;
  gboolean opening;
} SlotBoundary;

/* Boundaries recorded per transaction. */
#define BOUNDARIES_PER_BATCH 500

/* The slot boundaries of the past months, from the schedule the database
 * has, closures and all. */
static GArray *
slot_boundaries (Demo    *demo,
                 GError **error)
{
  g_autoptr(AccSchedule) schedule = acc_repository_load_schedule (demo->repository, ACC_SCHEDULE_PHONE_SLOT, error);
  g_autoptr(GDateTime) when = NULL;
  GArray *boundaries;

  if (schedule == NULL)
    return NULL;

  boundaries = g_array_new (FALSE, FALSE, sizeof (SlotBoundary));
  when = g_date_time_new_from_unix_local (demo->days[0].midnight_us / G_USEC_PER_SEC);
  while (when != NULL)
    {
      g_autoptr(GDateTime) next = acc_schedule_get_next_change (schedule, when);
      SlotBoundary boundary;

      if (next == NULL)
        break;
      boundary.at_us = g_date_time_to_unix (next) * G_USEC_PER_SEC + g_date_time_get_microsecond (next);
      if (boundary.at_us >= demo->today_us)
        break;
      boundary.opening = acc_schedule_is_open_at (schedule, next);
      g_array_append_val (boundaries, boundary);
      g_date_time_unref (when);
      when = g_steal_pointer (&next);
    }
  return boundaries;
}

static int
compare_created_at (gconstpointer a,
                    gconstpointer b)
{
  gint64 ta = acc_message_get_created_at (*(AccMessage *const *) a);
  gint64 tb = acc_message_get_created_at (*(AccMessage *const *) b);

  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

typedef struct
{
  Demo               *demo;
  const SlotBoundary *boundaries;
  guint               count;
} DeskLogBatch;

/* At each boundary an agent confirms the answering machine, a few minutes
 * late, now and then not at all; when a slot starts, the voicemail is often
 * checked, always when messages are waiting, which are forwarded then. */
static gboolean
record_desk_log (gpointer   user_data,
                 GError   **error)
{
  DeskLogBatch *batch = user_data;
  Demo *demo = batch->demo;

  for (guint i = 0; i < batch->count; i++)
    {
      const SlotBoundary *boundary = &batch->boundaries[i];
      AccStaffMember *agent = pick_from (&demo->random, demo->reception);
      gint64 agent_id = acc_staff_member_get_id (agent);
      g_autoptr(GPtrArray) left = NULL;
      guint n_messages;

      if (random_chance (&demo->random, 0.94)
          && !acc_repository_record_answering_machine_at (demo->repository, !boundary->opening, boundary->at_us,
                                                          agent_id,
                                                          boundary->at_us + random_below (&demo->random, 240) * G_USEC_PER_SEC,
                                                          error))
        return FALSE;

      if (!boundary->opening)
        continue;

      left = g_ptr_array_new_with_free_func (g_object_unref);
      while (demo->voicemail_saved < demo->voicemail->len)
        {
          AccMessage *message = g_ptr_array_index (demo->voicemail, demo->voicemail_saved);

          if (acc_message_get_created_at (message) >= boundary->at_us)
            break;
          /* Taken by whoever checks the voicemail. */
          acc_message_set_taken_by_id (message, 0);
          g_ptr_array_add (left, g_object_ref (message));
          demo->voicemail_saved++;
        }
      if (left->len == 0 && !random_chance (&demo->random, 0.4))
        continue;

      /* Now and then a caller hung up without a word. */
      n_messages = left->len + (random_chance (&demo->random, 0.05) ? 1 : 0);
      if (!acc_repository_save_voicemail_check_at (demo->repository, agent_id, n_messages, left,
                                                   boundary->at_us + (2 + random_below (&demo->random, 8)) * MINUTE_US,
                                                   error))
        return FALSE;
      for (guint j = 0; j < left->len; j++)
        if (!advance_message (demo, g_ptr_array_index (left, j), error))
          return FALSE;
    }
  return TRUE;
}

/* Messages left after the last slot: forwarded on their own. */
static gboolean
save_voicemail_left (gpointer   user_data,
                     GError   **error)
{
  Demo *demo = user_data;

  for (; demo->voicemail_saved < demo->voicemail->len; demo->voicemail_saved++)
    {
      AccMessage *message = g_ptr_array_index (demo->voicemail, demo->voicemail_saved);

      if (!acc_repository_save_message (demo->repository, message, error)
          || !advance_message (demo, message, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_desk_log (Demo    *demo,
              GError **error)
{
  g_autoptr(GArray) boundaries = slot_boundaries (demo, error);

  if (boundaries == NULL)
    return FALSE;

  g_ptr_array_sort (demo->voicemail, compare_created_at);

  for (guint done = 0; done < boundaries->len; done += BOUNDARIES_PER_BATCH)
    {
      DeskLogBatch batch = {
        demo,
        &g_array_index (boundaries, SlotBoundary, done),
        MIN (BOUNDARIES_PER_BATCH, boundaries->len - done),
      };

      if (!acc_repository_run_in_transaction (demo->repository, ACC_CHANGE_DESK_LOG | ACC_CHANGE_MESSAGES,
                                              record_desk_log, &batch, error))
        return FALSE;
      report_progress (demo);
      if (g_cancellable_set_error_if_cancelled (demo->cancellable, error))
        return FALSE;
    }

  return acc_repository_run_in_transaction (demo->repository, ACC_CHANGE_MESSAGES, save_voicemail_left, demo, error);
}

/**
 * acc_demo_fill:
 * @sizes: how many contacts, calls, visits and messages to add
 * @seed: the same seed gives the same data on the same day
 * @progress: (nullable): called after each batch with the fraction done
 * @cancellable: (nullable): checked between batches; what was committed
 *   stays
 *
 * Fills @repository with a fictional French home-help agency. The
 * organisation's settings, staff, hours, closures, reasons, directory and
 * documents are created only where the database has none; contacts, calls,
 * visits and messages are added to what is there.
 *
 * Returns: %FALSE with @error set on failure, or %G_IO_ERROR_CANCELLED.
 */
gboolean
acc_demo_fill (AccRepository       *repository,
               const AccDemoSizes  *sizes,
               guint32              seed,
               AccDemoProgressFunc  progress,
               gpointer             progress_data,
               GCancellable        *cancellable,
               GError             **error)
{
  const AccDemoSizes default_sizes = ACC_DEMO_SIZES_DEFAULT;
  Demo demo = { 0 };
  gboolean ok = FALSE;
  guint interactions;
  guint standalone;

  g_return_val_if_fail (ACC_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  if (sizes == NULL)
    sizes = &default_sizes;

  demo.repository = repository;
  demo.cancellable = cancellable;
  demo.progress = progress;
  demo.progress_data = progress_data;
  demo.total = (guint64) sizes->contacts + sizes->calls + sizes->visits + sizes->messages;
  demo.contacts = g_ptr_array_new_with_free_func (g_object_unref);
  demo.voicemail = g_ptr_array_new_with_free_func (g_object_unref);
  random_init (&demo.random, seed);
  prepare_days (&demo);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;
  report_progress (&demo);

  if (!acc_repository_run_in_transaction (repository, ACC_CHANGE_ALL, setup_all, &demo, error))
    goto out;

  /* About two messages in three are taken during a call or a visit; the
   * rest come from the answering machine. */
  interactions = sizes->calls + sizes->visits;
  demo.message_target = MIN ((guint64) sizes->messages * 2 / 3, interactions);
  demo.message_probability = interactions > 0
                               ? MIN (0.3, (double) demo.message_target / interactions * 1.05)
                               : 0.0;

  if (!add_rows (&demo, sizes->contacts, add_contact, ACC_CHANGE_CONTACTS, error)
      || !add_rows (&demo, sizes->calls, add_call, ACC_CHANGE_INTERACTIONS | ACC_CHANGE_MESSAGES, error)
      || !add_rows (&demo, sizes->visits, add_visit, ACC_CHANGE_INTERACTIONS | ACC_CHANGE_MESSAGES, error))
    goto out;

  standalone = sizes->messages > demo.messages_made ? sizes->messages - demo.messages_made : 0;
  if (!add_rows (&demo, standalone, add_message, ACC_CHANGE_MESSAGES, error)
      || !add_desk_log (&demo, error))
    goto out;

  demo.done = demo.total;
  report_progress (&demo);
  ok = TRUE;

out:
  demo_clear (&demo);
  return ok;
}
