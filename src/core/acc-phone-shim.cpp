/* SPDX-License-Identifier: GPL-3.0-or-later */
/* acc-phone-shim.cpp — libphonenumber behind two C functions.
 *
 * libphonenumber has only a C++ API; as Chatty does, this one file speaks
 * C++ and the rest of the core stays C. No exception crosses into C: any
 * failure is an unreadable number.
 */
#define G_LOG_DOMAIN "accueil-core"

#include "acc-phone-shim.h"

#include <string>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

/**
 * _acc_phone_shim_parse:
 * @text: a number as typed
 * @region: the ISO 3166 region that a number without a country code is in
 * @check: (out): how far libphonenumber trusts the number
 *
 * Returns: (transfer full) (nullable): the number in E.164, or %NULL when
 * @check is %ACC_PHONE_SHIM_UNREADABLE.
 */
char *
_acc_phone_shim_parse (const char        *text,
                       const char        *region,
                       AccPhoneShimCheck *check)
{
  *check = ACC_PHONE_SHIM_UNREADABLE;

  try
    {
      const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance ();
      PhoneNumber number;
      std::string e164;

      if (util->Parse (text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return NULL;

      if (util->IsValidNumber (number))
        *check = ACC_PHONE_SHIM_VALID;
      /* IS_POSSIBLE_LOCAL_ONLY (a number without its area code) is not
       * enough; nor is a leading 0 that libphonenumber kept because the
       * number was too short without it (« 06 12 34 56 7 »): outside Italy,
       * where such numbers are valid, that 0 is a trunk prefix. */
      else if (!number.italian_leading_zero ()
               && util->IsPossibleNumberWithReason (number) == PhoneNumberUtil::IS_POSSIBLE)
        *check = ACC_PHONE_SHIM_POSSIBLE;
      else
        return NULL;

      util->Format (number, PhoneNumberUtil::E164, &e164);
      return g_strdup (e164.c_str ());
    }
  catch (...)
    {
      *check = ACC_PHONE_SHIM_UNREADABLE;
      return NULL;
    }
}

/**
 * _acc_phone_shim_format:
 * @e164: a stored number
 * @national: %TRUE for the national format of the number's country
 *   (« 06 12 34 56 78 »), %FALSE for the international one
 *   (« +44 20 7946 0958 »)
 *
 * Returns: (transfer full) (nullable): the number formatted, or %NULL when
 * libphonenumber cannot read @e164.
 */
char *
_acc_phone_shim_format (const char *e164,
                        gboolean    national)
{
  try
    {
      const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance ();
      PhoneNumber number;
      std::string text;

      /* "ZZ": an E.164 number carries its own country code. */
      if (util->Parse (e164, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return NULL;

      util->Format (number,
                    national ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                    &text);
      return g_strdup (text.c_str ());
    }
  catch (...)
    {
      return NULL;
    }
}
