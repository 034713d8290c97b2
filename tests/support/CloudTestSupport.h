#pragma once

#include "certificate/Inspection.h"
#include "cloud/ScmClient.h"
#include "common/Await.h"
#include "sandbox/Sandbox.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

Q_DECLARE_METATYPE(ccm::sandbox::Fault)

namespace ccm::test {

/// Runs the event loop until `start` calls back (or `timeoutMs` passes); the value, or nullopt on timeout.
template<typename T, typename Start>
std::optional<T> waitFor(Start start, int timeoutMs = 15000)
{
    return awaitCallback<T>([&start](QObject*, auto done) { start(std::move(done)); }, timeoutMs);
}

/// Demo AK/SK credentials of the sandbox, with the domain id unless `withDomain` is false.
cloud::Credentials sandboxCredentials(bool withDomain = true);
/// Client options for a running sandbox; short retry delays for tests.
cloud::ScmClient::Options sandboxOptions(const sandbox::Sandbox& sandbox, bool withDomain = true);
/// An import of fixture files (paths below tests/data) through the certificate model.
cloud::ImportRequest fixtureImport(const QStringList& files, const QString& name, bool allowDuplicate = false);
/// A raw import body with the given PEM texts (for what the client's own validation would refuse).
QByteArray rawImportBody(const QString& name, const QByteArray& certificate, const QByteArray& key,
                         const QByteArray& chain = {});

/// A fault after which the client cannot tell from the answer whether its import was stored.
struct LostAnswerFault
{
    const char* name;
    sandbox::Fault fault;
    int posts;      ///< import requests that reach the sandbox: 2 when the first was dropped before storing
    bool recovered; ///< the client finds the stored copy instead of sending again
};
/// Every such fault the sandbox can inject (the exactly-once tables of the client, ccmctl and the window).
const QList<LostAnswerFault>& lostAnswerFaults();
/// Adds the columns fault, allowDuplicate, posts (and recovered when asked) and a row for every lost-answer fault,
/// with duplicates refused and allowed.
void addLostAnswerRows(bool withRecovered = false);

} // namespace ccm::test
