#include "CertificatesWindowUi.h"

#include "CertificateListModel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ccm::ui {

void CertificatesWindowUi::setupUi(QDialog* window, QAbstractItemModel* model)
{
    auto* layout = new QVBoxLayout(window);
    auto* top = new QHBoxLayout;
    filter = new QLineEdit(window);
    filter->setObjectName(QStringLiteral("filterEdit"));
    filter->setAccessibleName(tr("Filter"));
    filter->setPlaceholderText(tr("Name, domain or id; Enter searches the account"));
    filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Filter:"), window);
    filterLabel->setBuddy(filter);
    top->addWidget(filterLabel);
    top->addWidget(filter, 1);
    level = new QComboBox(window);
    level->setObjectName(QStringLiteral("statusFilter"));
    level->setAccessibleName(tr("Status filter"));
    level->addItem(tr("All certificates"), int(CertificateFilterModel::LevelFilter::All));
    level->addItem(tr("Expired"), int(CertificateFilterModel::LevelFilter::Expired));
    level->addItem(tr("Expiring within 30 days"), int(CertificateFilterModel::LevelFilter::Within30Days));
    level->addItem(tr("Expiring within 60 days"), int(CertificateFilterModel::LevelFilter::Within60Days));
    level->addItem(tr("More than 60 days left"), int(CertificateFilterModel::LevelFilter::Fine));
    auto* levelLabel = new QLabel(tr("&Show:"), window);
    levelLabel->setBuddy(level);
    top->addWidget(levelLabel);
    top->addWidget(level);
    refresh = new QPushButton(tr("&Refresh"), window);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    cancel = new QPushButton(tr("Cancel"), window);
    cancel->setObjectName(QStringLiteral("cancelRefreshButton"));
    cancel->setAccessibleName(tr("Cancel the refresh"));
    top->addWidget(refresh);
    top->addWidget(cancel);
    layout->addLayout(top);

    auto* state = new QHBoxLayout;
    age = new QLabel(window);
    age->setObjectName(QStringLiteral("ageLabel"));
    progress = new QProgressBar(window);
    progress->setObjectName(QStringLiteral("refreshProgress"));
    progress->setAccessibleName(tr("Refreshing the list"));
    progress->setRange(0, 0);
    progress->setMaximumWidth(160);
    progress->setTextVisible(false);
    progress->hide();
    summary = new QLabel(window);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    state->addWidget(summary);
    state->addStretch();
    state->addWidget(age);
    state->addWidget(progress);
    layout->addLayout(state);
    incomplete = new QLabel(window);
    incomplete->setObjectName(QStringLiteral("incompleteLabel"));
    incomplete->setWordWrap(true);
    incomplete->hide();
    layout->addWidget(incomplete);

    auto* splitter = new QSplitter(Qt::Horizontal, window);
    table = new QTableView(splitter);
    table->setObjectName(QStringLiteral("certificateTable"));
    table->setAccessibleName(tr("Certificates"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(true);
    table->sortByColumn(CertificateListModel::Expires, Qt::AscendingOrder);
    table->setColumnWidth(CertificateListModel::Name, 140);
    table->setColumnWidth(CertificateListModel::Domain, 150);
    table->setColumnWidth(CertificateListModel::OtherNames, 150);
    table->setColumnWidth(CertificateListModel::Expires, 100);
    table->setColumnWidth(CertificateListModel::DaysLeft, 100);
    table->setColumnWidth(CertificateListModel::Status, 80);
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    details = new QTextBrowser(side);
    details->setObjectName(QStringLiteral("detailsView"));
    details->setAccessibleName(tr("Details of the selected certificate"));
    details->setPlaceholderText(tr("Select a certificate to see its details."));
    sideLayout->addWidget(details, 1);
    auto* actions = new QHBoxLayout;
    copy = new QPushButton(tr("&Copy ID"), side);
    copy->setObjectName(QStringLiteral("copyIdButton"));
    push = new QPushButton(tr("&Push…"), side);
    push->setObjectName(QStringLiteral("pushButton"));
    push->setAccessibleDescription(tr("Push the selected certificate to CDN, WAF or ELB"));
    remove = new QPushButton(tr("&Delete…"), side);
    remove->setObjectName(QStringLiteral("deleteButton"));
    actions->addWidget(copy);
    actions->addWidget(push);
    actions->addWidget(remove);
    sideLayout->addLayout(actions);
    splitter->addWidget(table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 300});
    layout->addWidget(splitter, 1);

    message = new QLabel(window);
    message->setObjectName(QStringLiteral("messageLabel"));
    message->setAccessibleName(tr("Outcome of the last action"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(message);
    buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Help, window);
    buttons->button(QDialogButtonBox::Close)->setText(tr("C&lose"));
    buttons->button(QDialogButtonBox::Help)->setText(tr("&Help"));
    layout->addWidget(buttons);
}

} // namespace ccm::ui
