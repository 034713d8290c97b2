#include "InspectionRunner.h"

#include "certificate/BundleReader.h"
#include "certificate/TrustStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ccm::ui {

InspectionRunner::InspectionRunner(QObject* parent)
    : QObject(parent)
    , m_inspector(std::make_shared<Inspector>())
{
    connect(&m_watcher, &QFutureWatcher<Run>::finished, this, &InspectionRunner::onRunFinished);
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

InspectionRequest InspectionRunner::makeRequest(const InspectionJob& job)
{
    InspectionRequest request;
    request.form = job.form;
    // A file that cannot be read becomes the reader's "input.open" finding (InputSource::readError).
    for (const QString& path : job.files)
        request.inputs.append(InputSource::fromFile(path, QFileInfo(path).fileName()));
    request.inputs += job.pasted;
    for (const QString& path : job.encFiles)
        request.encInputs.append(InputSource::fromFile(path, QFileInfo(path).fileName()));
    return request;
}

void InspectionRunner::launch()
{
    if (!m_waiting)
        return;
    InspectionJob job = std::move(*m_waiting);
    m_waiting.reset();
    m_running = true;
    const auto inspector = m_inspector;
    PassphraseProvider* passphrases = m_passphrases;
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), inspector, passphrases] {
        const InspectionRequest request = makeRequest(job); // read once, for the inspection and the row texts
        Run result;
        result.inspection = run(job, request, *inspector, passphrases);
        result.inputs = InputSummarizer::summarize(request.inputs, result.inspection, passphrases);
        return result;
    }));
}

Inspection InspectionRunner::run(const InspectionJob& job, const InspectionRequest& request, const Inspector& inspector,
                                 PassphraseProvider* passphrases)
{
    if (job.trustRootFile.isEmpty())
        return inspector.inspect(request, passphrases);
    const auto trust = TrustRoots::withSystem({job.trustRootFile});
    if (trust)
        return Inspector(Clock::system(), *trust).inspect(request, passphrases);
    Inspection inspection = inspector.inspect(request, passphrases);
    // After the errors and warnings already there, before the notes.
    const auto firstNote = std::find_if(inspection.findings.begin(), inspection.findings.end(),
                                        [](const Finding& f) { return f.severity == Severity::Info; });
    inspection.findings.insert(firstNote, Finding{Severity::Warning,
                                                  trust.error().code,
                                                  QStringLiteral("certificate_chain"),
                                                  trust.error().message,
                                                  {},
                                                  job.trustRootFile});
    return inspection;
}

void InspectionRunner::onRunFinished()
{
    m_running = false;
    // Taken, not copied: the future would otherwise keep the decrypted key until the next run.
    Run run = m_watcher.future().takeResult();
    if (m_waiting) {
        launch();
        return; // a newer job is on its way; this result is stale
    }
    m_summaries = std::move(run.inputs);
    Q_EMIT busyChanged(false);
    Q_EMIT finished(run.inspection);
}

} // namespace ccm::ui
