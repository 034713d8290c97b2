#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcCertificate, "ccm.certificate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloud, "ccm.cloud", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "ccm.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "ccm.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "ccm.history", QtInfoMsg)
