#pragma once

#include "certificate/PassphraseProvider.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

namespace ccm::ui {

/// The GUI's PassphraseProvider. The core calls it on a worker thread; it asks on the GUI thread (blocking the
/// worker) and hands the answer back.
///
/// Answers are remembered per source until forget(), so re-inspecting after a form edit does not ask again; a
/// remembered answer that turns out wrong is dropped and the user is asked again. A declined source is not asked
/// about again until forget().
class GuiPassphraseProvider : public QObject, public PassphraseProvider
{
    Q_OBJECT

public:
    /// Runs on the GUI thread; returns nullopt when the user declines. The default shows a PassphraseDialog.
    using Asker = std::function<std::optional<SecureBytes>(const PassphraseRequest&)>;

    explicit GuiPassphraseProvider(QWidget* dialogParent, QObject* parent = nullptr);

    /// The seam for tests: answer without a dialog.
    void setAsker(Asker asker);
    /// Drops remembered answers and declines (the inputs changed).
    void forget();
    /// Drops only the declines, so a source the user skipped is asked about again (new inputs).
    void forgetDeclines();
    /// From now on every question is declined at once (the window is closing).
    void shutDown();

    std::optional<SecureBytes> passphrase(const PassphraseRequest& request) override;

private:
    std::optional<SecureBytes> askOnGuiThread(const PassphraseRequest& request);

    QPointer<QWidget> m_dialogParent;
    Asker m_asker;
    QMutex m_mutex;
    QHash<QString, SecureBytes> m_remembered;
    QSet<QString> m_declined;
    bool m_shutDown = false;
};

} // namespace ccm::ui
