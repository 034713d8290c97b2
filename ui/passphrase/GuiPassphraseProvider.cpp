#include "GuiPassphraseProvider.h"

#include "ui/passphrase/PassphraseDialog.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

namespace ccm::ui {

namespace {

QString keyOf(const PassphraseRequest& request)
{
    return QString::number(int(request.kind)) + QLatin1Char(':') + request.source;
}

} // namespace

GuiPassphraseProvider::GuiPassphraseProvider(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
    m_asker = [this](const PassphraseRequest& request) { return PassphraseDialog::ask(m_dialogParent, request); };
}

void GuiPassphraseProvider::setAsker(Asker asker)
{
    QMutexLocker lock(&m_mutex);
    m_asker = std::move(asker);
}

void GuiPassphraseProvider::forget()
{
    QMutexLocker lock(&m_mutex);
    m_remembered.clear();
    m_declined.clear();
}

void GuiPassphraseProvider::forgetDeclines()
{
    QMutexLocker lock(&m_mutex);
    m_declined.clear();
}

void GuiPassphraseProvider::shutDown()
{
    QMutexLocker lock(&m_mutex);
    m_shutDown = true;
    m_remembered.clear();
}

std::optional<SecureBytes> GuiPassphraseProvider::passphrase(const PassphraseRequest& request)
{
    const QString key = keyOf(request);
    {
        QMutexLocker lock(&m_mutex);
        if (m_shutDown || m_declined.contains(key))
            return std::nullopt;
        if (request.previousWasWrong)
            m_remembered.remove(key);
        else if (const auto it = m_remembered.constFind(key); it != m_remembered.cend())
            return *it;
    }
    std::optional<SecureBytes> answer;
    if (QThread::currentThread() == thread()) {
        answer = askOnGuiThread(request);
    } else {
        // The worker waits here while the GUI thread shows the dialog.
        QMetaObject::invokeMethod(
            this, [this, &request, &answer] { answer = askOnGuiThread(request); }, Qt::BlockingQueuedConnection);
    }
    QMutexLocker lock(&m_mutex);
    if (answer)
        m_remembered.insert(key, *answer);
    else
        m_declined.insert(key);
    return answer;
}

std::optional<SecureBytes> GuiPassphraseProvider::askOnGuiThread(const PassphraseRequest& request)
{
    Asker asker;
    {
        QMutexLocker lock(&m_mutex);
        if (m_shutDown)
            return std::nullopt;
        asker = m_asker;
    }
    return asker ? asker(request) : std::nullopt;
}

} // namespace ccm::ui
