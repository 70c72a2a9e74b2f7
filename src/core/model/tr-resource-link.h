/* tr-resource-link.h
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

#pragma once

#include "tr-resource.h"
#include "tr-amount.h"

G_BEGIN_DECLS

#define TR_TYPE_RESOURCE_LINK (tr_resource_link_get_type ())

/**
 * TrResourceLink:
 *
 * A HATEOAS link `{href, id, template}` (also `requestId` for `extensionOf`); hrefs are kept verbatim, even malformed ones.
 */
G_DECLARE_FINAL_TYPE (TrResourceLink, tr_resource_link, TR, RESOURCE_LINK, TrResource)

TrResourceLink *tr_resource_link_new             (void);
TrResourceLink *tr_resource_link_new_from_json   (JsonNode  *node,
                                                  GError   **error);
TrResourceLink *tr_resource_link_new_from_string (const char  *json,
                                                  GError     **error);
JsonNode       *tr_resource_link_to_json         (TrResourceLink *self,
                                                  TrJsonPurpose   purpose);
TrResourceLink *tr_resource_link_copy            (TrResourceLink  *self,
                                                  GError         **error);
const char     *tr_resource_link_get_href        (TrResourceLink *self);
const char     *tr_resource_link_get_id          (TrResourceLink *self);
const char     *tr_resource_link_get_template    (TrResourceLink *self);
const char     *tr_resource_link_get_request_id  (TrResourceLink *self);
void            tr_resource_link_set_id          (TrResourceLink *self,
                                                  const char     *id);

G_END_DECLS
