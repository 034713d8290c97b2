#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// The documented values of the SCM v3 API (docs/scm-api.md, docs/scm-contract.json), in one place: the client
/// builds every query from them and the sandbox refuses anything else. tests/core/cloud/TestScmContract checks this
/// table against the machine-readable contract, so a mistake here cannot hide in both.
namespace ccm::cloud::contract {

/// `limit` of GET /v3/scm/certificates: one of these, nothing else.
inline constexpr int kPageSizes[] = {10, 20, 50};
inline constexpr int kDefaultLimit = 10;
inline constexpr int kLargestPage = 50;
/// `offset` of GET /v3/scm/certificates: 0 ... 100 (a record offset; whether it counts pages is unconfirmed).
inline constexpr int kMaxOffset = 100;
inline constexpr int kMaxExpiredDaysSince = 1095;

const QStringList& sortDirections(); ///< ASC, DESC
const QStringList& sortKeys();       ///< certExpiredTime, certStatus, certUpdateTime
const QStringList& statuses();       ///< ALL, PAID, ISSUED, …, UPLOAD, …
const QStringList& listQueryNames(); ///< every documented query parameter of the list call
const QStringList& listItemFields(); ///< fields of one entry of the list answer
const QStringList& showFields();     ///< fields of the show answer
const QStringList& importFields();   ///< fields of the import body
const QStringList& pushServices();   ///< CDN, WAF, ELB
/// Regions where push is reported to be available (cn-north-4, ap-southeast-1).
const QStringList& pushRegions();

/// "all", "0" or a project UUID (lower-case letters and digits), as the list filter and the import body take it.
bool isEnterpriseProjectId(const QString& value);

/// Checks a list query (decoded names and values, in the order sent) against the documented values. Returns the
/// first problem in words ("limit must be one of 10, 20, 50"), or an empty string when every item is allowed.
QString checkListQuery(const QList<std::pair<QString, QString>>& items);

} // namespace ccm::cloud::contract
