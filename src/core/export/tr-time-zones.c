/* tr-time-zones.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version. See <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tr-export"

#include "tr-time-zones.h"

#include <string.h>

typedef struct
{
  const char *code;
  const char *zone;
} ZoneEntry;

/* Airports travellers use most; the code wins over country/subdivision
 * because it is the most precise thing a leg carries. */
static const ZoneEntry airports[] = {
  { "AMS", "Europe/Amsterdam" }, { "ARN", "Europe/Stockholm" },
  { "ATH", "Europe/Athens" }, { "ATL", "America/New_York" },
  { "AUS", "America/Chicago" }, { "BCN", "Europe/Madrid" },
  { "BER", "Europe/Berlin" }, { "BGO", "Europe/Oslo" },
  { "BHX", "Europe/London" }, { "BIO", "Europe/Madrid" },
  { "BKK", "Asia/Bangkok" }, { "BLL", "Europe/Copenhagen" },
  { "BLQ", "Europe/Rome" }, { "BLR", "Asia/Kolkata" },
  { "BNE", "Australia/Brisbane" }, { "BOD", "Europe/Paris" },
  { "BOG", "America/Bogota" }, { "BOM", "Asia/Kolkata" },
  { "BOS", "America/New_York" }, { "BRE", "Europe/Berlin" },
  { "BRU", "Europe/Brussels" }, { "BSL", "Europe/Paris" },
  { "BUD", "Europe/Budapest" }, { "CAN", "Asia/Shanghai" },
  { "CDG", "Europe/Paris" }, { "CGN", "Europe/Berlin" },
  { "CLT", "America/New_York" }, { "CPH", "Europe/Copenhagen" },
  { "CPT", "Africa/Johannesburg" }, { "CTU", "Asia/Shanghai" },
  { "DCA", "America/New_York" }, { "DEL", "Asia/Kolkata" },
  { "DEN", "America/Denver" }, { "DFW", "America/Chicago" },
  { "DOH", "Asia/Qatar" }, { "DTW", "America/Detroit" },
  { "DUB", "Europe/Dublin" }, { "DUS", "Europe/Berlin" },
  { "DXB", "Asia/Dubai" }, { "EDI", "Europe/London" },
  { "EIN", "Europe/Amsterdam" }, { "EWR", "America/New_York" },
  { "FCO", "Europe/Rome" }, { "FRA", "Europe/Berlin" },
  { "GIG", "America/Sao_Paulo" }, { "GLA", "Europe/London" },
  { "GOT", "Europe/Stockholm" }, { "GRU", "America/Sao_Paulo" },
  { "GVA", "Europe/Zurich" }, { "HAJ", "Europe/Berlin" },
  { "HAM", "Europe/Berlin" }, { "HEL", "Europe/Helsinki" },
  { "HKG", "Asia/Hong_Kong" }, { "HND", "Asia/Tokyo" },
  { "HYD", "Asia/Kolkata" }, { "IAD", "America/New_York" },
  { "IAH", "America/Chicago" }, { "ICN", "Asia/Seoul" },
  { "IST", "Europe/Istanbul" }, { "JFK", "America/New_York" },
  { "JNB", "Africa/Johannesburg" }, { "KEF", "Atlantic/Reykjavik" },
  { "KIX", "Asia/Tokyo" }, { "LAS", "America/Los_Angeles" },
  { "LAX", "America/Los_Angeles" }, { "LCY", "Europe/London" },
  { "LEJ", "Europe/Berlin" }, { "LGA", "America/New_York" },
  { "LGW", "Europe/London" }, { "LHR", "Europe/London" },
  { "LIN", "Europe/Rome" }, { "LIS", "Europe/Lisbon" },
  { "LUX", "Europe/Luxembourg" }, { "LYS", "Europe/Paris" },
  { "MAA", "Asia/Kolkata" }, { "MAD", "Europe/Madrid" },
  { "MAN", "Europe/London" }, { "MCO", "America/New_York" },
  { "MEL", "Australia/Melbourne" }, { "MEX", "America/Mexico_City" },
  { "MIA", "America/New_York" }, { "MRS", "Europe/Paris" },
  { "MSP", "America/Chicago" }, { "MUC", "Europe/Berlin" },
  { "MXP", "Europe/Rome" }, { "NAP", "Europe/Rome" },
  { "NCE", "Europe/Paris" }, { "NRT", "Asia/Tokyo" },
  { "NTE", "Europe/Paris" }, { "NUE", "Europe/Berlin" },
  { "ORD", "America/Chicago" }, { "ORY", "Europe/Paris" },
  { "OSL", "Europe/Oslo" }, { "PEK", "Asia/Shanghai" },
  { "PER", "Australia/Perth" }, { "PHL", "America/New_York" },
  { "PHX", "America/Phoenix" }, { "PMI", "Europe/Madrid" },
  { "PRG", "Europe/Prague" }, { "PVG", "Asia/Shanghai" },
  { "RTM", "Europe/Amsterdam" }, { "SAN", "America/Los_Angeles" },
  { "SCL", "America/Santiago" }, { "SEA", "America/Los_Angeles" },
  { "SFO", "America/Los_Angeles" }, { "SIN", "Asia/Singapore" },
  { "SJC", "America/Los_Angeles" }, { "STN", "Europe/London" },
  { "STR", "Europe/Berlin" }, { "SVQ", "Europe/Madrid" },
  { "SYD", "Australia/Sydney" }, { "TLS", "Europe/Paris" },
  { "TPE", "Asia/Taipei" }, { "TRD", "Europe/Oslo" },
  { "TXL", "Europe/Berlin" }, { "VCE", "Europe/Rome" },
  { "VIE", "Europe/Vienna" }, { "VLC", "Europe/Madrid" },
  { "WAW", "Europe/Warsaw" }, { "YUL", "America/Toronto" },
  { "YVR", "America/Vancouver" }, { "YYC", "America/Edmonton" },
  { "YYZ", "America/Toronto" }, { "ZRH", "Europe/Zurich" },
};

/* Subdivisions (ISO 3166-2) of countries spanning several zones, and the
 * outlying parts of otherwise single-zone countries. */
static const ZoneEntry subdivisions[] = {
  /* United States */
  { "US-AK", "America/Anchorage" }, { "US-AL", "America/Chicago" },
  { "US-AR", "America/Chicago" }, { "US-AZ", "America/Phoenix" },
  { "US-CA", "America/Los_Angeles" }, { "US-CO", "America/Denver" },
  { "US-CT", "America/New_York" }, { "US-DC", "America/New_York" },
  { "US-DE", "America/New_York" }, { "US-FL", "America/New_York" },
  { "US-GA", "America/New_York" }, { "US-HI", "Pacific/Honolulu" },
  { "US-IA", "America/Chicago" }, { "US-ID", "America/Boise" },
  { "US-IL", "America/Chicago" }, { "US-IN", "America/Indiana/Indianapolis" },
  { "US-KS", "America/Chicago" }, { "US-KY", "America/Kentucky/Louisville" },
  { "US-LA", "America/Chicago" }, { "US-MA", "America/New_York" },
  { "US-MD", "America/New_York" }, { "US-ME", "America/New_York" },
  { "US-MI", "America/Detroit" }, { "US-MN", "America/Chicago" },
  { "US-MO", "America/Chicago" }, { "US-MS", "America/Chicago" },
  { "US-MT", "America/Denver" }, { "US-NC", "America/New_York" },
  { "US-ND", "America/Chicago" }, { "US-NE", "America/Chicago" },
  { "US-NH", "America/New_York" }, { "US-NJ", "America/New_York" },
  { "US-NM", "America/Denver" }, { "US-NV", "America/Los_Angeles" },
  { "US-NY", "America/New_York" }, { "US-OH", "America/New_York" },
  { "US-OK", "America/Chicago" }, { "US-OR", "America/Los_Angeles" },
  { "US-PA", "America/New_York" }, { "US-PR", "America/Puerto_Rico" },
  { "US-RI", "America/New_York" }, { "US-SC", "America/New_York" },
  { "US-SD", "America/Chicago" }, { "US-TN", "America/Chicago" },
  { "US-TX", "America/Chicago" }, { "US-UT", "America/Denver" },
  { "US-VA", "America/New_York" }, { "US-VT", "America/New_York" },
  { "US-WA", "America/Los_Angeles" }, { "US-WI", "America/Chicago" },
  { "US-WV", "America/New_York" }, { "US-WY", "America/Denver" },
  /* Canada */
  { "CA-AB", "America/Edmonton" }, { "CA-BC", "America/Vancouver" },
  { "CA-MB", "America/Winnipeg" }, { "CA-NB", "America/Moncton" },
  { "CA-NL", "America/St_Johns" }, { "CA-NS", "America/Halifax" },
  { "CA-NT", "America/Yellowknife" }, { "CA-NU", "America/Iqaluit" },
  { "CA-ON", "America/Toronto" }, { "CA-PE", "America/Halifax" },
  { "CA-QC", "America/Toronto" }, { "CA-SK", "America/Regina" },
  { "CA-YT", "America/Whitehorse" },
  /* Australia */
  { "AU-ACT", "Australia/Sydney" }, { "AU-NSW", "Australia/Sydney" },
  { "AU-NT", "Australia/Darwin" }, { "AU-QLD", "Australia/Brisbane" },
  { "AU-SA", "Australia/Adelaide" }, { "AU-TAS", "Australia/Hobart" },
  { "AU-VIC", "Australia/Melbourne" }, { "AU-WA", "Australia/Perth" },
  /* Brazil */
  { "BR-AM", "America/Manaus" }, { "BR-BA", "America/Bahia" },
  { "BR-CE", "America/Fortaleza" }, { "BR-DF", "America/Sao_Paulo" },
  { "BR-ES", "America/Sao_Paulo" }, { "BR-GO", "America/Sao_Paulo" },
  { "BR-MG", "America/Sao_Paulo" }, { "BR-MS", "America/Campo_Grande" },
  { "BR-MT", "America/Cuiaba" }, { "BR-PA", "America/Belem" },
  { "BR-PE", "America/Recife" }, { "BR-PR", "America/Sao_Paulo" },
  { "BR-RJ", "America/Sao_Paulo" }, { "BR-RS", "America/Sao_Paulo" },
  { "BR-SC", "America/Sao_Paulo" }, { "BR-SP", "America/Sao_Paulo" },
  /* Mexico */
  { "MX-BCN", "America/Tijuana" }, { "MX-CMX", "America/Mexico_City" },
  { "MX-JAL", "America/Mexico_City" }, { "MX-NLE", "America/Monterrey" },
  { "MX-ROO", "America/Cancun" },
  /* Russia (the two cities business travel goes to) */
  { "RU-MOW", "Europe/Moscow" }, { "RU-SPE", "Europe/Moscow" },
  /* Outlying parts of single-zone countries */
  { "ES-CN", "Atlantic/Canary" }, { "ES-GC", "Atlantic/Canary" },
  { "ES-TF", "Atlantic/Canary" }, { "PT-20", "Atlantic/Azores" },
  { "PT-30", "Atlantic/Madeira" },
};

/* Countries with one zone (or one zone for every region listed above). */
static const ZoneEntry countries[] = {
  { "AE", "Asia/Dubai" }, { "AR", "America/Argentina/Buenos_Aires" },
  { "AT", "Europe/Vienna" }, { "BE", "Europe/Brussels" },
  { "BG", "Europe/Sofia" }, { "CH", "Europe/Zurich" },
  { "CL", "America/Santiago" }, { "CN", "Asia/Shanghai" },
  { "CO", "America/Bogota" }, { "CZ", "Europe/Prague" },
  { "DE", "Europe/Berlin" }, { "DK", "Europe/Copenhagen" },
  { "EE", "Europe/Tallinn" }, { "EG", "Africa/Cairo" },
  { "ES", "Europe/Madrid" }, { "FI", "Europe/Helsinki" },
  { "FR", "Europe/Paris" }, { "GB", "Europe/London" },
  { "GR", "Europe/Athens" }, { "HK", "Asia/Hong_Kong" },
  { "HR", "Europe/Zagreb" }, { "HU", "Europe/Budapest" },
  { "IE", "Europe/Dublin" }, { "IL", "Asia/Jerusalem" },
  { "IN", "Asia/Kolkata" }, { "IS", "Atlantic/Reykjavik" },
  { "IT", "Europe/Rome" }, { "JP", "Asia/Tokyo" },
  { "KR", "Asia/Seoul" }, { "LI", "Europe/Vaduz" },
  { "LT", "Europe/Vilnius" }, { "LU", "Europe/Luxembourg" },
  { "LV", "Europe/Riga" }, { "MA", "Africa/Casablanca" },
  { "MC", "Europe/Monaco" }, { "MT", "Europe/Malta" },
  { "MY", "Asia/Kuala_Lumpur" }, { "NL", "Europe/Amsterdam" },
  { "NO", "Europe/Oslo" }, { "NZ", "Pacific/Auckland" },
  { "PE", "America/Lima" }, { "PH", "Asia/Manila" },
  { "PL", "Europe/Warsaw" }, { "PT", "Europe/Lisbon" },
  { "QA", "Asia/Qatar" }, { "RO", "Europe/Bucharest" },
  { "SA", "Asia/Riyadh" }, { "SE", "Europe/Stockholm" },
  { "SG", "Asia/Singapore" }, { "SI", "Europe/Ljubljana" },
  { "SK", "Europe/Bratislava" }, { "TH", "Asia/Bangkok" },
  { "TR", "Europe/Istanbul" }, { "TW", "Asia/Taipei" },
  { "UK", "Europe/London" }, { "VN", "Asia/Ho_Chi_Minh" },
  { "ZA", "Africa/Johannesburg" },
};

static const char *
lookup (const ZoneEntry *table,
        gsize            n_entries,
        const char      *code)
{
  if (code == NULL || *code == '\0')
    return NULL;

  for (gsize i = 0; i < n_entries; i++)
    if (g_ascii_strcasecmp (table[i].code, code) == 0)
      return table[i].zone;
  return NULL;
}

const char *
tr_time_zone_for_iata (const char *iata_code)
{
  return lookup (airports, G_N_ELEMENTS (airports), iata_code);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The API sends "DE-BE"; accept a bare "BE" too when the country is known. */
static char *
full_subdivision (const char *country_code,
                  const char *subdivision_code)
{
  if (strchr (subdivision_code, '-') != NULL || !is_set (country_code))
    return g_strdup (subdivision_code);
  return g_strdup_printf ("%s-%s", country_code, subdivision_code);
}

const char *
tr_time_zone_for_region (const char *country_code,
                         const char *subdivision_code)
{
  const char *zone = NULL;

  if (is_set (subdivision_code))
    {
      g_autofree char *full = full_subdivision (country_code, subdivision_code);

      zone = lookup (subdivisions, G_N_ELEMENTS (subdivisions), full);
      if (zone == NULL && !is_set (country_code) && strlen (full) > 2 && full[2] == '-')
        {
          g_autofree char *country = g_strndup (full, 2);
          return lookup (countries, G_N_ELEMENTS (countries), country);
        }
    }
  if (zone == NULL)
    zone = lookup (countries, G_N_ELEMENTS (countries), country_code);
  return zone;
}

/* "IATA_NCE" is how the server echoes a resolved airport in locationCode. */
static const char *
iata_from_location_code (const char *location_code)
{
  if (is_set (location_code) && g_str_has_prefix (location_code, "IATA_"))
    return location_code + strlen ("IATA_");
  return NULL;
}

const char *
tr_time_zone_for_location (TrLocation *location)
{
  const char *zone;

  if (location == NULL)
    return NULL;
  g_return_val_if_fail (TR_IS_LOCATION (location), NULL);

  zone = tr_time_zone_for_iata (tr_location_get_iata_code (location));
  if (zone == NULL)
    zone = tr_time_zone_for_iata (iata_from_location_code (tr_location_get_location_code (location)));
  if (zone == NULL)
    zone = tr_time_zone_for_region (tr_location_get_country_code (location),
                                    tr_location_get_country_sub_division_code (location));
  return zone;
}

static void
add_zones (GPtrArray       *zones,
           const ZoneEntry *table,
           gsize            n_entries)
{
  for (gsize i = 0; i < n_entries; i++)
    if (!g_ptr_array_find_with_equal_func (zones, table[i].zone, g_str_equal, NULL))
      g_ptr_array_add (zones, (gpointer) table[i].zone);
}

/**
 * tr_time_zone_list_known:
 *
 * Returns: (transfer none): every zone name the resolver can return, once
 *   each, %NULL-terminated.
 */
const char * const *
tr_time_zone_list_known (void)
{
  static gsize initialized = 0;
  static GPtrArray *zones = NULL;

  if (g_once_init_enter (&initialized))
    {
      zones = g_ptr_array_new ();
      add_zones (zones, airports, G_N_ELEMENTS (airports));
      add_zones (zones, subdivisions, G_N_ELEMENTS (subdivisions));
      add_zones (zones, countries, G_N_ELEMENTS (countries));
      g_ptr_array_add (zones, NULL);
      g_once_init_leave (&initialized, 1);
    }
  return (const char * const *) zones->pdata;
}
