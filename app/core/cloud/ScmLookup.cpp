// ScmClient's reading side: the list paging (listAll) and the lookups built on it (findExisting, findOwnCopy,
// matchFingerprint, findRenewed). The calls themselves (send, listCertificates, showCertificate) are in ScmClient.cpp.

#include "cloud/ScmClient.h"

#include "cloud/ScmClientInternal.h"
#include "common/Fingerprint.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ccm::cloud {

namespace {

/// The list entry could be this certificate: entries that name other domains, or expire on another day, are not
/// worth a show call (list entries carry no fingerprint). Anything the entry does not say keeps it a candidate.
bool couldBeSameCertificate(const QJsonObject& entry, const ImportRequest& request)
{
    // The time zone of expire_time is unconfirmed, so only a difference of more than a day counts.
    const QDateTime expires = parseServiceTime(entry.value(QLatin1String("expire_time")).toString());
    if (expires.isValid() && request.notAfter.isValid() && qAbs(expires.secsTo(request.notAfter)) > 24 * 3600)
        return false;
    const QStringList& domains = request.domains;
    if (domains.isEmpty())
        return true;
    const QStringList names = entryDomains(entry);
    if (names.isEmpty())
        return true; // nothing to compare: show it
    return std::any_of(names.cbegin(), names.cend(),
                       [&domains](const QString& name) { return domains.contains(name, Qt::CaseInsensitive); });
}

} // namespace

void ScmClient::listAll(const ListQuery& query, QObject* context, std::function<void(Result<CertificateList>)> done)
{
    // The one place that pages (the docs leave open whether offset counts records or pages; this treats it as a
    // record offset and stops on a short page).
    struct Paging
    {
        ListQuery query;
        bool reverse = false;
        QList<QJsonObject> forward;
        QList<QJsonObject> backward;
        QSet<QString> ids;
        int total = 0;
    };
    auto paging = std::make_shared<Paging>();
    paging->query = query;
    paging->query.limit = contract::kLargestPage;
    paging->query.offset = 0;
    if (paging->query.sortKey.isEmpty())
        paging->query.sortKey = QStringLiteral("certUpdateTime");
    if (paging->query.sortDir.isEmpty())
        paging->query.sortDir = QStringLiteral("DESC");
    const QString reverseDir =
        paging->query.sortDir == QLatin1String("ASC") ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QPointer<QObject> guard(context);
    auto nextPage = std::make_shared<std::function<void()>>();
    *nextPage = [this, paging, reverseDir, guard, done, self = std::weak_ptr(nextPage)] {
        listCertificates(paging->query, guard,
                         [paging, reverseDir, done, again = self.lock()](Result<CertificatePage> page) {
                             if (!page) {
                                 done(page.error());
                                 return;
                             }
                             paging->total = page->totalCount;
                             for (const QJsonObject& entry : page->certificates) {
                                 const QString id = entry.value(QLatin1String("id")).toString();
                                 if (paging->ids.contains(id))
                                     continue;
                                 paging->ids.insert(id);
                                 (paging->reverse ? paging->backward : paging->forward).append(entry);
                             }
                             const auto finish = [&] {
                                 CertificateList list;
                                 list.certificates = paging->forward;
                                 std::reverse(paging->backward.begin(), paging->backward.end());
                                 list.certificates += paging->backward;
                                 list.totalCount = paging->total;
                                 list.complete = list.certificates.size() >= paging->total;
                                 done(list);
                             };
                             const bool shortPage = page->certificates.size() < paging->query.limit;
                             if (shortPage || paging->ids.size() >= paging->total) {
                                 finish();
                                 return;
                             }
                             const int next = paging->query.offset + paging->query.limit;
                             if (next <= contract::kMaxOffset) {
                                 paging->query.offset = next;
                             } else if (!paging->reverse) {
                                 // The offset ends at 100: read the rest from the other end of the same order.
                                 paging->reverse = true;
                                 paging->query.sortDir = reverseDir;
                                 paging->query.offset = 0;
                             } else {
                                 finish(); // beyond 300: the result says it is incomplete
                                 return;
                             }
                             (*again)();
                         });
    };
    (*nextPage)();
}

void ScmClient::findExisting(std::shared_ptr<ImportRun> run, std::function<void(Result<QString>)> done)
{
    // By name, then by domain: the same certificate may have been imported under another name.
    auto terms = std::make_shared<QStringList>();
    if (!run->request.name.isEmpty())
        *terms << run->request.name;
    if (!run->request.domain.isEmpty() && run->request.domain != run->request.name)
        *terms << run->request.domain;
    auto candidates = std::make_shared<QStringList>();
    auto nextTerm = std::make_shared<std::function<void()>>();
    // The function refers to itself weakly; the pending network callback holds the strong reference.
    *nextTerm = [this, run, terms, candidates, done, self = std::weak_ptr(nextTerm)] {
        if (terms->isEmpty()) {
            matchFingerprint(candidates, run->request.fingerprint, run->context, done);
            return;
        }
        ListQuery query;
        query.content = terms->takeFirst();
        listAll(query, run->context, [run, candidates, done, again = self.lock()](Result<CertificateList> list) {
            if (!list) {
                done(list.error());
                return;
            }
            for (const QJsonObject& entry : list->certificates) {
                const QString id = entry.value(QLatin1String("id")).toString();
                if (!id.isEmpty() && !candidates->contains(id) && couldBeSameCertificate(entry, run->request))
                    candidates->append(id);
            }
            (*again)();
        });
    };
    (*nextTerm)();
}

void ScmClient::findOwnCopy(std::shared_ptr<ImportRun> run, std::function<void(Result<QString>)> done)
{
    if (!run->request.allowDuplicate) {
        findExisting(run, std::move(done));
        return;
    }
    ListQuery query;
    query.content = run->request.name;
    listAll(query, run->context, [this, run, done](Result<CertificateList> list) {
        if (!list) {
            done(list.error());
            return;
        }
        auto candidates = std::make_shared<QStringList>();
        for (const QJsonObject& entry : list->certificates) {
            const QString id = entry.value(QLatin1String("id")).toString();
            if (entry.value(QLatin1String("name")).toString() == run->request.name && !run->before.contains(id))
                candidates->append(id);
        }
        matchFingerprint(candidates, run->request.fingerprint, run->context, done);
    });
}

void ScmClient::matchFingerprint(std::shared_ptr<QStringList> candidates, const QString& fingerprint, QObject* context,
                                 std::function<void(Result<QString>)> done)
{
    if (candidates->isEmpty()) {
        done(QString());
        return;
    }
    const QString id = candidates->takeFirst();
    showCertificate(
        id, context,
        [this, id, candidates, fingerprint, guard = QPointer<QObject>(context), done](Result<QJsonObject> shown) {
            if (!shown) {
                done(shown.error());
                return;
            }
            // `fingerprint` is the SHA-1 of the leaf; the API has no other.
            if (normalizeFingerprint(shown->value(QLatin1String("fingerprint")).toString()) ==
                normalizeFingerprint(fingerprint)) {
                done(id);
                return;
            }
            matchFingerprint(candidates, fingerprint, guard, done);
        });
}

void ScmClient::findRenewed(const QStringList& domains, const QDateTime& notAfter, const QString& exceptId,
                            QObject* context, std::function<void(Result<QList<RenewedCertificate>>)> done)
{
    QStringList wanted;
    for (const QString& domain : domains) {
        if (!wanted.contains(domain.toLower()))
            wanted << domain.toLower();
    }
    if (wanted.isEmpty()) {
        done(QList<RenewedCertificate>{});
        return;
    }
    std::sort(wanted.begin(), wanted.end());
    ListQuery query;
    query.content = wanted.first();
    listAll(query, context, [wanted, notAfter, exceptId, done](Result<CertificateList> list) {
        if (!list) {
            done(list.error());
            return;
        }
        QList<RenewedCertificate> renewed;
        for (const QJsonObject& entry : list->certificates) {
            const QString id = entry.value(QLatin1String("id")).toString();
            QStringList names = entryDomains(entry);
            std::sort(names.begin(), names.end());
            const QString expireTime = entry.value(QLatin1String("expire_time")).toString();
            const QDateTime expires = parseServiceTime(expireTime);
            // Same domains, and expiring earlier: never a certificate that outlives the new one.
            if (id == exceptId || names != wanted || !expires.isValid() || !(expires < notAfter))
                continue;
            renewed.append({id, entry.value(QLatin1String("name")).toString(), expireTime, expires});
        }
        std::sort(renewed.begin(), renewed.end(),
                  [](const RenewedCertificate& a, const RenewedCertificate& b) { return a.expires < b.expires; });
        done(renewed);
    });
}

} // namespace ccm::cloud
