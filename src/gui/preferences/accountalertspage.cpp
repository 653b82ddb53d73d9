#include "accountalertspage.h"

#include "core/settings/settings.h"
#include "preferencekeys.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace keys = settings::keys;

AccountAlertsPage::AccountAlertsPage(settings::Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_list(new QListWidget(this))
    , m_alerts(new QCheckBox(this))
    , m_ownQuiet(new QCheckBox(this))
    , m_from(new QTimeEdit(this))
    , m_to(new QTimeEdit(this))
    , m_toLabel(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("accountAlertsPage"));
    m_list->setObjectName(QStringLiteral("accountAlertsList"));
    m_alerts->setObjectName(QStringLiteral("accountAlertsEnabled"));
    m_ownQuiet->setObjectName(QStringLiteral("accountAlertsOwnQuiet"));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_list->setMaximumHeight(110);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *details = new QVBoxLayout;
    details->addWidget(m_alerts);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_ownQuiet);
    quietRow->addWidget(m_from);
    quietRow->addWidget(m_toLabel);
    quietRow->addWidget(m_to);
    quietRow->addStretch();
    details->addLayout(quietRow);
    details->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 2);
    row->addLayout(details, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(row);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        keepCurrent();
        showCurrent();
    });
    connect(m_alerts, &QCheckBox::toggled, this, [this](bool on) {
        m_ownQuiet->setEnabled(on && !m_current.isEmpty());
        m_from->setEnabled(on && m_ownQuiet->isChecked());
        m_to->setEnabled(on && m_ownQuiet->isChecked());
        keepCurrent();
    });
    connect(m_ownQuiet, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on && m_alerts->isChecked());
        m_to->setEnabled(on && m_alerts->isChecked());
        keepCurrent();
    });
    connect(m_from, &QTimeEdit::timeChanged, this, &AccountAlertsPage::keepCurrent);
    connect(m_to, &QTimeEdit::timeChanged, this, &AccountAlertsPage::keepCurrent);
    retranslate();
    setAccounts({});
}

void AccountAlertsPage::retranslate()
{
    m_alerts->setText(tr("Alerts for this account"));
    m_ownQuiet->setText(tr("Own quiet hours from"));
    m_toLabel->setText(tr("to"));
    m_empty->setText(tr("Each account follows the settings above unless it is switched off here or has quiet "
                        "hours of its own."));
}

void AccountAlertsPage::setAccounts(const QList<QPair<QString, QString>> &accounts)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_values.clear();
    m_current.clear();
    for (const auto &[id, name] : accounts) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id);
        Values v;
        v.alerts = m_settings->get(keys::accountAlerts(id));
        v.ownQuiet = m_settings->get(keys::accountOwnQuietHours(id));
        v.from = QTime::fromString(m_settings->get(keys::accountQuietFrom(id)), QStringLiteral("HH:mm"));
        v.to = QTime::fromString(m_settings->get(keys::accountQuietTo(id)), QStringLiteral("HH:mm"));
        m_values.insert(id, v);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

void AccountAlertsPage::selectAccount(const QString &accountId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == accountId)
            m_list->setCurrentRow(row);
    }
}

void AccountAlertsPage::showCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_current = item ? item->data(Qt::UserRole).toString() : QString();
    const Values v = m_values.value(m_current);
    {
        const QSignalBlocker b1(m_alerts), b2(m_ownQuiet), b3(m_from), b4(m_to);
        m_alerts->setChecked(v.alerts);
        m_ownQuiet->setChecked(v.ownQuiet);
        m_from->setTime(v.from.isValid() ? v.from : QTime(22, 0));
        m_to->setTime(v.to.isValid() ? v.to : QTime(8, 0));
    }
    const bool any = !m_current.isEmpty();
    m_alerts->setEnabled(any);
    m_ownQuiet->setEnabled(any && v.alerts);
    m_from->setEnabled(any && v.alerts && v.ownQuiet);
    m_to->setEnabled(any && v.alerts && v.ownQuiet);
}

void AccountAlertsPage::keepCurrent()
{
    if (m_current.isEmpty() || !m_values.contains(m_current))
        return;
    Values &v = m_values[m_current];
    v.alerts = m_alerts->isChecked();
    v.ownQuiet = m_ownQuiet->isChecked();
    v.from = m_from->time();
    v.to = m_to->time();
}

void AccountAlertsPage::store()
{
    keepCurrent();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        m_settings->set(keys::accountAlerts(it.key()), it->alerts);
        m_settings->set(keys::accountOwnQuietHours(it.key()), it->ownQuiet);
        m_settings->set(keys::accountQuietFrom(it.key()), it->from.toString(QStringLiteral("HH:mm")));
        m_settings->set(keys::accountQuietTo(it.key()), it->to.toString(QStringLiteral("HH:mm")));
    }
}

} // namespace mgrdesk::gui
