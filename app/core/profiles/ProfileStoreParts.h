#pragma once

// Internal to the profiles module: what ProfileStore.cpp, ProfileStoreSchema.cpp and ProfileStoreExchange.cpp share.

#include "profiles/Profile.h"

#include <QList>

namespace ccm::profiles::store {

/// Case-insensitive by name, the order the store keeps its saved profiles in.
void sortByName(QList<Profile>& profiles);

} // namespace ccm::profiles::store
