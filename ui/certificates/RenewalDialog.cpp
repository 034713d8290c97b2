#include "RenewalDialog.h"

#include "PushDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccm::ui {

namespace {

constexpr int kServiceRole = Qt::UserRole + 1;
constexpr int kProjectsRole = Qt::UserRole + 2;

QString targetText(const cloud::PushRequest& request)
{
    return QStringLiteral("%1: %2").arg(request.service, request.projects.join(QStringLiteral(", ")));
}

} // namespace

RenewalDialog::RenewalDialog(const application::RenewalPlan& proposal, QWidget* parent)
    : QDialog(parent)
    , m_proposal(proposal)
{
    setWindowTitle(tr("Renewal"));
    resize(560, 460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("\"%1\" (%2) renews these certificates of the account:")
                                 .arg(proposal.certificateName, proposal.certificateId),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_renewed = new QListWidget(this);
    m_renewed->setObjectName(QStringLiteral("renewedList"));
    m_renewed->setAccessibleName(tr("Renewed certificates"));
    m_renewed->setMaximumHeight(120);
    for (const cloud::RenewedCertificate& old : proposal.renewed) {
        const QString expires =
            old.expires.isValid() ? QLocale().toString(old.expires.date(), QLocale::ShortFormat) : old.expireTime;
        new QListWidgetItem(tr("%1 (%2), expires %3").arg(old.name, old.id, expires), m_renewed);
    }
    intro->setBuddy(m_renewed);
    layout->addWidget(m_renewed);

    auto* targetsLabel =
        new QLabel(proposal.pushes.isEmpty() ? tr("The history has no push of them. Add the services to push the new "
                                                  "certificate to, if any:")
                                             : tr("Push the new certificate where they were pushed (&targets):"),
                   this);
    targetsLabel->setWordWrap(true);
    layout->addWidget(targetsLabel);
    m_targets = new QListWidget(this);
    m_targets->setObjectName(QStringLiteral("targetList"));
    m_targets->setAccessibleName(tr("Push targets"));
    targetsLabel->setBuddy(m_targets);
    for (const cloud::PushRequest& request : proposal.pushes)
        addTarget(request);
    layout->addWidget(m_targets);
    auto* targetButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add target…"), this);
    add->setObjectName(QStringLiteral("addTargetButton"));
    m_edit = new QPushButton(tr("&Edit target…"), this);
    m_edit->setObjectName(QStringLiteral("editTargetButton"));
    targetButtons->addWidget(add);
    targetButtons->addWidget(m_edit);
    targetButtons->addStretch();
    layout->addLayout(targetButtons);
    connect(add, &QPushButton::clicked, this, &RenewalDialog::addNewTarget);
    connect(m_edit, &QPushButton::clicked, this, &RenewalDialog::editTarget);
    connect(m_targets, &QListWidget::currentRowChanged, this, &RenewalDialog::updateButtons);

    m_delete = new QCheckBox(tr("Afterwards &delete the renewed certificates (only when every push succeeded)"), this);
    m_delete->setObjectName(QStringLiteral("deleteRenewedCheckBox"));
    m_delete->setChecked(false);
    layout->addWidget(m_delete);

    auto* buttons = new QDialogButtonBox(this);
    auto* apply = buttons->addButton(tr("&Carry out"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyRenewalButton"));
    buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
    m_targets->setFocus();
}

void RenewalDialog::addTarget(const cloud::PushRequest& request)
{
    auto* item = new QListWidgetItem(targetText(request), m_targets);
    item->setData(kServiceRole, request.service);
    item->setData(kProjectsRole, request.projects);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

void RenewalDialog::addNewTarget()
{
    PushDialog dialog(m_proposal.certificateName, this);
    if (dialog.exec() == QDialog::Accepted)
        addTarget(dialog.request());
    updateButtons();
}

void RenewalDialog::editTarget()
{
    QListWidgetItem* item = m_targets->currentItem();
    if (!item)
        return;
    PushDialog dialog(m_proposal.certificateName, this);
    dialog.setRequest({item->data(kServiceRole).toString(), item->data(kProjectsRole).toStringList()});
    if (dialog.exec() != QDialog::Accepted)
        return;
    const cloud::PushRequest request = dialog.request();
    item->setText(targetText(request));
    item->setData(kServiceRole, request.service);
    item->setData(kProjectsRole, request.projects);
}

void RenewalDialog::updateButtons()
{
    m_edit->setEnabled(m_targets->currentItem() != nullptr);
}

application::RenewalPlan RenewalDialog::plan() const
{
    application::RenewalPlan plan = m_proposal;
    plan.pushes.clear();
    for (int i = 0; i < m_targets->count(); ++i) {
        const QListWidgetItem* item = m_targets->item(i);
        if (item->checkState() == Qt::Checked)
            plan.pushes.append({item->data(kServiceRole).toString(), item->data(kProjectsRole).toStringList()});
    }
    plan.deleteRenewed = m_delete->isChecked();
    return plan;
}

} // namespace ccm::ui
