#include "HelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ccm::ui {

namespace {

/// A menu text without its mnemonic ("&Import", "导入(&I)") and trailing ellipsis.
QString plainText(QString text)
{
    static const QRegularExpression suffix(QStringLiteral("\\(&[^)]\\)"));
    text.remove(suffix);
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

} // namespace

HelpDialog::HelpDialog(const QList<QAction*>& shortcuts, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("CCM Importer help"));
    resize(640, 560);
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QString html = QStringLiteral("<h2>%1</h2><ol>").arg(tr("Importing a certificate").toHtmlEscaped());
    const QStringList steps{
        tr("Add the certificate, its chain and the private key: File > Add files, drop them onto the window, or "
           "paste PEM text. Any order and any mix of PEM, DER, PKCS#7 and PKCS#12 works. An encrypted key or PFX "
           "asks for its passphrase, which is used in memory only."),
        tr("Read the preview before anything is sent: the banner says whether the certificate is ready, the tabs "
           "show the certificate, the chain as it will be sent, the private key and the SM2 encryption pair, and "
           "the findings say what is wrong and what to do."),
        tr("Choose the profile (the account to import into; \"Local sandbox\" works without a cloud account) and "
           "press Import. The banner shows the certificate id, or that the certificate already is in the account."),
        tr("Account > Profiles manages the accounts; Account > Import history lists every import from this "
           "computer."),
        tr("Account > Certificates lists the account's certificates, soonest expiry first, with the days left in "
           "colour and with an icon. It opens with the last list seen and refreshes in the background. Select one to "
           "see its details, copy its id, push it to CDN, WAF or ELB, or delete it. After an import that renews "
           "older certificates, the window offers to push the new one where they were pushed."),
    };
    for (const QString& step : steps)
        html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    html += QStringLiteral("</ol><h2>%1</h2><table cellpadding=\"3\">").arg(tr("Keyboard").toHtmlEscaped());
    for (const QAction* action : shortcuts) {
        if (action->shortcut().isEmpty())
            continue;
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         plainText(action->text()).toHtmlEscaped());
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Alt + underlined letter").toHtmlEscaped(),
                     tr("Go to that field or press that button").toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_browser->setHtml(html);
    m_browser->setFocus();
}

QString HelpDialog::html() const
{
    return m_browser->toHtml();
}

} // namespace ccm::ui
