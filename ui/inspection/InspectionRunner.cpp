#include "InspectionRunner.h"

#include "certificate/BundleReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ccm::ui {

InspectionRunner::InspectionRunner(QObject* parent)
    : QObject(parent)
    , m_inspector(std::make_shared<Inspector>())
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &InspectionRunner::onRunFinished);
}

InspectionRunner::~InspectionRunner()
{
    m_waiting.reset();
    waitForIdle();
}

bool InspectionRunner::isBusy() const
{
    return m_running || m_waiting.has_value();
}

void InspectionRunner::start(InspectionJob job)
{
    ++m_generation;
    const bool wasBusy = isBusy();
    m_waiting = std::move(job);
    if (!m_running)
        launch();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void InspectionRunner::waitForIdle()
{
    while (m_running)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

InspectionRequest InspectionRunner::makeRequest(const InspectionJob& job, QList<Finding>& openFindings)
{
    InspectionRequest request;
    request.form = job.form;
    const auto load = [&openFindings](const QString& path, QList<InputSource>& into, const QString& field) {
        const QFileInfo info(path);
        QFile file(path);
        if (!info.exists() || info.isDir() || !file.open(QIODevice::ReadOnly)) {
            Finding finding;
            finding.severity = Severity::Error;
            finding.code = QStringLiteral("input.open");
            finding.field = field;
            finding.source = info.fileName();
            finding.message =
                info.isDir()
                    ? QCoreApplication::translate("ccm::ui::InspectionRunner",
                                                  "%1 is a folder; add the files in it instead.")
                          .arg(path)
                    : QCoreApplication::translate("ccm::ui::InspectionRunner", "Cannot read %1: %2")
                          .arg(path, info.exists()
                                         ? file.errorString()
                                         : QCoreApplication::translate("ccm::ui::InspectionRunner", "no such file"));
            openFindings.append(finding);
            return;
        }
        into.append(InputSource{info.fileName(), file.read(BundleReader::kDefaultMaxInputSize + 1)});
    };
    for (const QString& path : job.files)
        load(path, request.inputs, QStringLiteral("input"));
    request.inputs += job.pasted;
    for (const QString& path : job.encFiles)
        load(path, request.encInputs, QStringLiteral("enc_certificate"));
    return request;
}

void InspectionRunner::launch()
{
    if (!m_waiting)
        return;
    InspectionJob job = std::move(*m_waiting);
    m_waiting.reset();
    m_running = true;
    const quint64 generation = m_generation;
    const auto inspector = m_inspector;
    PassphraseProvider* passphrases = m_passphrases;
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), generation, inspector, passphrases] {
        QList<Finding> openFindings;
        const InspectionRequest request = makeRequest(job, openFindings);
        Result result{generation, inspector->inspect(request, passphrases)};
        if (!openFindings.isEmpty()) {
            result.inspection.unreadableInput = true;
            result.inspection.findings = openFindings + result.inspection.findings;
            std::stable_sort(result.inspection.findings.begin(), result.inspection.findings.end(),
                             [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
        }
        return result;
    }));
}

void InspectionRunner::onRunFinished()
{
    m_running = false;
    const Result result = m_watcher.result();
    if (m_waiting) {
        launch();
        return; // a newer job is on its way; this result is stale
    }
    Q_EMIT busyChanged(false);
    if (result.generation == m_generation)
        Q_EMIT finished(result.inspection);
}

} // namespace ccm::ui
