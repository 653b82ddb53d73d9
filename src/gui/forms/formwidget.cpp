#include "formwidget.h"

#include "common/impersonationbanner.h"
#include "common/messagebox.h"
#include "formbanner.h"
#include "formfieldeditor.h"

#include "core/net/connection.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using models::FormFieldInfo;
using models::FormSession;
using K = models::FormFieldInfo::Kind;

FormWidget::FormWidget(net::Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_session(new FormSession(connection, this))
    , m_banner(new FormBanner(this))
    , m_status(new QLabel(this))
    , m_step(new QLabel(this))
    , m_loadFailed(new QWidget(this))
    , m_loadMessage(new QLabel(m_loadFailed))
    , m_buttonBar(new QWidget(this))
    , m_buttonLayout(new QHBoxLayout(m_buttonBar))
{
    setObjectName(QStringLiteral("formWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_step->setObjectName(QStringLiteral("wizardStep"));
    m_step->hide();
    layout->addWidget(m_step);
    m_stepsBar = new QWidget(this);
    m_stepsBar->setObjectName(QStringLiteral("wizardSteps"));
    m_stepsBar->setAccessibleName(tr("Wizard steps"));
    auto *stepsLayout = new QHBoxLayout(m_stepsBar);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsBar->hide();
    layout->addWidget(m_stepsBar);

    auto *failLayout = new QVBoxLayout(m_loadFailed);
    m_loadMessage->setWordWrap(true);
    m_loadMessage->setTextFormat(Qt::PlainText);
    auto *retry = new QPushButton(tr("Try again"), m_loadFailed);
    retry->setObjectName(QStringLiteral("retry"));
    failLayout->addWidget(m_loadMessage);
    failLayout->addWidget(retry, 0, Qt::AlignLeft);
    failLayout->addStretch();
    m_loadFailed->hide();
    layout->addWidget(m_loadFailed, 1);
    connect(retry, &QPushButton::clicked, this,
        [this] { open(m_openArgs.function, m_openArgs.elid, m_openArgs.plid, m_openArgs.extra); });

    m_buttonLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_buttonBar);
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setTextFormat(Qt::PlainText);

    models::FormState *s = state();
    // The field being edited is never overwritten by a recomputation: track it, whatever child has focus
    // (a radio button, the line edit of a searchable combo, …).
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        // A field with check= that loses focus is validated by the server (check.TYPE), which may
        // normalise the value (10 → 10.00).
        if (old && now && isAncestorOf(old)) { // not when the window merely loses focus
            for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
                QWidget *c = it.value()->control();
                if ((c == old || c->isAncestorOf(old)) && !(now && (c == now || c->isAncestorOf(now)))) {
                    m_session->checkField(it.key());
                    break;
                }
            }
        }
        if (!now || !isAncestorOf(now))
            return;
        for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
            QWidget *c = it.value()->control();
            if (c == now || c->isAncestorOf(now)) {
                m_session->setFocusedField(it.key());
                return;
            }
        }
    });
    connect(m_session, &FormSession::opened, this, &FormWidget::rebuild);
    connect(m_session, &FormSession::openFailed, this, [this](const QString &message) {
        if (m_content)
            m_content->hide();
        m_loadMessage->setText(tr("The form could not be opened: %1").arg(message));
        m_loadFailed->show();
        buildButtons(); // only Back (a wizard step) and Cancel make sense now
        for (auto it = m_buttons.constBegin(); it != m_buttons.constEnd(); ++it)
            it.value()->setVisible(it.key() == QLatin1String("cancel"));
        setBusy(false);
    });
    connect(m_session, &FormSession::phaseChanged, this, [this](FormSession::Phase phase) {
        setBusy(phase == FormSession::Phase::Loading || phase == FormSession::Phase::Submitting);
        if (phase == FormSession::Phase::Loading)
            m_status->setText(tr("Loading…"));
        else if (phase == FormSession::Phase::Submitting)
            m_status->setText(tr("Sending…"));
        else
            m_status->clear();
    });
    connect(m_session, &FormSession::recomputeStarted, this, [this] { m_status->setText(tr("Updating…")); });
    connect(m_session, &FormSession::recomputed, this, [this] { m_status->clear(); });
    connect(m_session, &FormSession::recomputeFailed, this, [this](const QString &message) {
        m_status->clear();
        m_banner->showNotice(tr("The form could not be updated: %1").arg(message));
    });
    connect(m_session, &FormSession::validationFailed, this, &FormWidget::onValidationFailed);
    connect(m_session, &FormSession::submitFailed, this, &FormWidget::onSubmitFailed);
    connect(m_session, &FormSession::accepted, this,
        [this](const QString &id, const QString &redirect, const QString &type) {
            // A custom button (type "button": verify, recalculate…) answered ok: the form stays open.
            for (const auto &b : state()->description().buttons()) {
                if (b.name == m_session->lastButton() && b.type == QLatin1String("button")
                    && redirect.isEmpty()) {
                    m_banner->showNotice(tr("Done: %1.").arg(b.title));
                    return;
                }
            }
            if (type == QLatin1String("url") && !redirect.isEmpty())
                offerPanelPage(redirect);
            Q_EMIT accepted(id, redirect, type);
        });
    connect(s, &models::FormState::valueChanged, this, [this](const QString &name, const QString &value) {
        if (FormFieldEditor *e = m_editors.value(name))
            e->setValue(value);
        if (!name.isEmpty() && name == state()->description().titleField())
            Q_EMIT titleChanged(title());
        // selects whose options depend on this field (val depend="KEY"): show the matching ones
        const QStringList dependents = state()->dependentsOf(name);
        for (const QString &d : dependents) {
            if (FormFieldEditor *de = m_editors.value(d))
                de->setOptions(state()->visibleOptions(d), state()->value(d));
        }
    });
    connect(s, &models::FormState::optionsChanged, this, [this](const QString &name) {
        FormFieldEditor *e = m_editors.value(name);
        const FormFieldInfo *f = state()->description().field(name);
        if (e && f)
            e->setOptions(state()->visibleOptions(name), state()->value(name));
    });
    connect(s, &models::FormState::visibilityChanged, this, &FormWidget::applyVisibility);
    connect(
        s, &models::FormState::fieldErrorChanged, this, [this](const QString &name, const QString &message) {
            if (FormFieldEditor *e = m_editors.value(name))
                e->setError(message);
        });
    connect(s, &models::FormState::dirtyChanged, this, &FormWidget::dirtyChanged);
}

FormWidget::~FormWidget()
{
    // focusChanged also fires while ~QWidget tears the children down, when this object's members are gone.
    disconnect(qApp, nullptr, this, nullptr);
    disconnect(m_focusConnection);
}

void FormWidget::setJobOptions(const net::JobOptions &options)
{
    m_session->setJobOptions(options);
    updateImpersonationBanner();
}

void FormWidget::setImpersonationBannerShown(bool shown)
{
    m_suBannerShown = shown;
    updateImpersonationBanner();
}

void FormWidget::updateImpersonationBanner()
{
    // Only a su of this form's own: a connection-wide default su has its banner in the main window.
    const QString su = m_session->jobOptions().su;
    const bool show = m_suBannerShown && !su.isEmpty();
    if (!show) {
        delete m_suBanner;
        m_suBanner = nullptr;
        setAccessibleName(QString());
        return;
    }
    net::Connection *c = m_session->connection();
    const QString real = c ? c->settings().username : QString();
    const std::optional<int> level = c ? c->level() : std::nullopt;
    if (!m_suBanner) {
        m_suBanner = new ImpersonationBanner(su, real, level, this);
        m_suBanner->setObjectName(QStringLiteral("formImpersonationBanner"));
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_suBanner); // above everything, never scrolls
        if (c) {
            connect(c, &net::Connection::loggedIn, m_suBanner, [this](std::optional<int> l) {
                if (m_suBanner && m_session->connection())
                    m_suBanner->setInfo(
                        m_session->jobOptions().su, m_session->connection()->settings().username, l);
            });
        }
    } else {
        m_suBanner->setInfo(su, real, level);
    }
    setAccessibleName(tr("Form acting as %1").arg(su));
}

void FormWidget::open(
    const QString &function, const QString &elid, const QString &plid, const FormSession::Params &extra)
{
    m_openArgs = { function, elid, plid, extra };
    m_loadFailed->hide();
    m_banner->clear();
    m_session->open(function, elid, plid, extra);
}

void FormWidget::openData(
    const QString &function, const QString &elid, const QString &plid, const protocol::FormData &data)
{
    m_openArgs = { function, elid, plid, {} };
    m_session->openData(function, elid, plid, data);
}

QString FormWidget::title() const
{
    const models::FormDescription &d = state()->description();
    // <form title="FIELD">: that field's current value, else the title message.
    QString t = d.titleField().isEmpty() ? QString() : state()->value(d.titleField()).trimmed();
    if (t.isEmpty())
        t = d.title();
    if (t.isEmpty())
        t = state()->function().isEmpty() ? m_openArgs.function : state()->function();
    return t;
}

QWidget *FormWidget::control(const QString &name) const
{
    FormFieldEditor *e = m_editors.value(name);
    return e ? e->control() : nullptr;
}

bool FormWidget::isFieldShown(const QString &name) const
{
    FormFieldEditor *e = m_editors.value(name);
    return e && !e->isHidden();
}

void FormWidget::rebuild()
{
    // A rebuild while the user types (the server changed the form's shape) gives the focus and caret back.
    QString focusName;
    int caret = -1;
    if (m_content && m_content->isAncestorOf(QApplication::focusWidget())) {
        focusName = m_session->focusedField();
        if (auto *line = qobject_cast<QLineEdit *>(control(focusName)))
            caret = line->cursorPosition();
    }
    delete m_content;
    m_content = nullptr;
    m_tabs = nullptr;
    m_editors.clear();
    m_rowLayouts.clear();
    m_pageOfField.clear();
    m_loadFailed->hide();
    m_banner->clear();

    models::FormState *s = state();
    const models::FormDescription &d = s->description();
    const auto &pages = d.pages();
    QList<QWidget *> pageWidgets;
    QList<QWidget *> focusChain;
    for (int pi = 0; pi < pages.size(); ++pi) {
        auto *page = new QWidget;
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const QString &name : pages.at(pi).fields) {
            const FormFieldInfo *f = d.field(name);
            if (!f || f->kind == K::Hidden)
                continue; // hidden controls live in the state only
            auto *editor = new FormFieldEditor(*f, page);
            if (f->kind == K::Select || f->kind == K::Radio || f->kind == K::Multiple) {
                editor->setOptions(s->visibleOptions(name), s->value(name));
                if (f->kind != K::Multiple && editor->value() != s->value(name) && !f->options.isEmpty())
                    s->adoptValue(name, editor->value()); // what is shown is what is sent
            } else if (f->kind == K::List) {
                editor->setTable(s->list(name));
            } else {
                editor->setValue(s->value(name));
            }
            editor->setError(s->fieldError(name));
            if (f->kind == K::Checkbox || f->kind == K::Button || f->noname) {
                form->addRow(editor);
            } else {
                auto *label = new QLabel(editor->labelText(), page);
                label->setTextFormat(Qt::PlainText);
                label->setBuddy(editor->control());
                if (!f->hint.isEmpty())
                    label->setToolTip(f->hint);
                form->addRow(label, editor);
            }
            connect(editor, &FormFieldEditor::edited, this, &FormWidget::onEdited);
            connect(editor, &FormFieldEditor::focused, m_session, &FormSession::setFocusedField);
            connect(editor, &FormFieldEditor::buttonClicked, this, [this](const QString &b) { submit(b); });
            connect(editor, &FormFieldEditor::rowButtonClicked, this,
                [this](
                    const QString &list, int row, const QString &b) { m_session->submitRow(list, row, b); });
            connect(editor, &FormFieldEditor::submitRequested, this, [this] {
                // Enter sends the form with its ok button (a QWidget has no default button of its own).
                for (const auto &b : state()->description().buttons()) {
                    if (b.type == QLatin1String("ok") || b.name == QLatin1String("ok")
                        || b.type == QLatin1String("next")) {
                        submit(b.name);
                        return;
                    }
                }
                if (state()->description().buttons().isEmpty())
                    submit(QStringLiteral("ok"));
            });
            m_editors.insert(name, editor);
            m_rowLayouts.insert(name, form);
            m_pageOfField.insert(name, pi);
            if (f->kind != K::TextData)
                focusChain.append(editor->control());
        }
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        pageWidgets.append(scroll);
    }
    if (pageWidgets.size() > 1) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("formPages"));
        m_tabs->setAccessibleName(tr("Form pages"));
        for (int i = 0; i < pageWidgets.size(); ++i) {
            const QString t = pages.at(i).title.isEmpty() ? tr("Page %1").arg(i + 1) : pages.at(i).title;
            m_tabs->addTab(pageWidgets.at(i), t);
        }
        m_content = m_tabs;
    } else {
        m_content = pageWidgets.isEmpty() ? new QWidget(this) : pageWidgets.first();
        m_content->setParent(this);
    }
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_buttonBar), m_content, 1);
    m_content->show();
    for (int i = 1; i < focusChain.size(); ++i)
        QWidget::setTabOrder(focusChain.at(i - 1), focusChain.at(i)); // field order, page by page

    const int step = m_session->stepIndex();
    m_step->setVisible(step > 0 && d.steps().isEmpty());
    m_step->setText(tr("Step %1").arg(step + 1));
    buildStepsBar();
    buildButtons();
    applyVisibility();
    if (QWidget *c = control(focusName)) {
        showField(focusName);
        if (auto *line = qobject_cast<QLineEdit *>(c); line && caret >= 0)
            line->setCursorPosition(caret);
    }
    Q_EMIT titleChanged(title());
}

QUrl FormWidget::panelUrl(const QString &redirect) const
{
    net::Connection *c = m_session->connection();
    if (!c)
        return {};
    const QUrl base = c->settings().baseUrl;
    QUrl target = base.resolved(QUrl(redirect)); // /mancgi/… is a page of the panel's own host
    if (target.host() != base.host()
        || (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http")))
        return {}; // only pages of the panel itself
    return target;
}

void FormWidget::offerPanelPage(const QString &redirect)
{
    // <ok type="url">/mancgi/…</ok>: a page of the panel (a payment system's redirect) to open in the
    // browser. It may carry a one-time key: ask first, showing where it goes.
    const QUrl url = panelUrl(redirect);
    if (!url.isValid() || url.isEmpty()) {
        m_banner->showNotice(
            tr("The server asked to open a page that is not on this panel; it was not opened."));
        return;
    }
    // The host usually closes the form on ok: the question belongs to the window, and its answer needs
    // nothing of this form.
    MessageBox::question(window(), tr("Open in Browser"),
        tr("The panel continues in your web browser (for example a payment system's page).\n\nOpen the "
           "page on %1 now?")
            .arg(url.host()),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open, qApp,
        [url](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Open)
                QDesktopServices::openUrl(url);
        });
}

void FormWidget::buildStepsBar()
{
    // <steps>: the wizard's step bar; the current step bold, unavailable steps disabled (docs/protocol.md
    // §7).
    auto *layout = static_cast<QHBoxLayout *>(m_stepsBar->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<protocol::FormStep> &steps = state()->description().steps();
    for (int i = 0; i < steps.size(); ++i) {
        const protocol::FormStep &st = steps.at(i);
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("›"), m_stepsBar);
            arrow->setEnabled(false);
            layout->addWidget(arrow);
        }
        auto *label = new QLabel(st.title.isEmpty() ? st.name : st.title, m_stepsBar);
        label->setObjectName(QStringLiteral("step_") + st.name);
        label->setTextFormat(Qt::PlainText);
        const bool current = st.name == state()->function();
        QFont f = label->font();
        f.setBold(current);
        label->setFont(f);
        label->setEnabled(!st.unavailable || current);
        label->setAccessibleName(current ? tr("%1 (current step)").arg(label->text())
                : st.unavailable         ? tr("%1 (not available)").arg(label->text())
                                         : label->text());
        if (st.unavailable && !current)
            label->setToolTip(tr("Not available yet"));
        layout->addWidget(label);
    }
    layout->addStretch(1);
    m_stepsBar->setVisible(!steps.isEmpty());
}

void FormWidget::buildButtons()
{
    while (QLayoutItem *item = m_buttonLayout->takeAt(0)) {
        if (item->widget() != m_status)
            delete item->widget();
        delete item;
    }
    m_buttons.clear();
    m_back = nullptr;
    m_buttonLayout->addWidget(m_status, 1);
    if (m_session->stepIndex() > 0) {
        m_back = new QPushButton(tr("Back"), m_buttonBar);
        m_back->setObjectName(QStringLiteral("back"));
        connect(m_back, &QPushButton::clicked, m_session, &FormSession::back);
        m_buttonLayout->addWidget(m_back);
    }
    QList<models::FormButtonInfo> buttons = state()->description().buttons();
    if (buttons.isEmpty()) {
        // No buttons described: OK and Cancel, unless the form says nosubmit/nocancel (the add-payment
        // wizard's first step is driven by its method list's row buttons).
        const models::FormDescription &d = state()->description();
        if (d.showsButton(QStringLiteral("ok"), QStringLiteral("ok")))
            buttons.append({ QStringLiteral("ok"), QStringLiteral("ok"), tr("OK") });
        if (d.showsButton(QStringLiteral("cancel"), QStringLiteral("cancel")))
            buttons.append({ QStringLiteral("cancel"), QStringLiteral("cancel"), tr("Cancel") });
    }
    QWidget *previous = nullptr;
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.title, m_buttonBar);
        button->setObjectName(QStringLiteral("button_") + b.name);
        button->setAccessibleName(b.title);
        const bool cancel = b.name == QLatin1String("cancel") || b.type == QLatin1String("cancel");
        if (cancel) {
            connect(button, &QPushButton::clicked, this, &FormWidget::requestClose);
        } else {
            const QString name = b.name;
            connect(button, &QPushButton::clicked, this, [this, name] { submit(name); });
        }
        if (b.name == QLatin1String("ok") || b.type == QLatin1String("ok"))
            button->setDefault(true);
        m_buttonLayout->addWidget(button);
        m_buttons.insert(b.name, button);
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
}

void FormWidget::applyVisibility()
{
    const models::FormState *s = state();
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const bool hidden = s->isHidden(it.key());
        if (QFormLayout *form = m_rowLayouts.value(it.key()))
            form->setRowVisible(it.value(), !hidden);
        it.value()->setFieldEnabled(!s->isDisabled(it.key()));
    }
}

void FormWidget::onEdited(const QString &name, const QString &value)
{
    state()->setValue(name, value);
    const FormFieldInfo *f = state()->description().field(name);
    if (f && f->triggersRecompute)
        m_session->requestRecompute(name);
}

bool FormWidget::submit(const QString &button)
{
    m_banner->clear();
    return m_session->submit(button);
}

void FormWidget::onValidationFailed(const QStringList &fields)
{
    m_banner->showNotice(tr("Please correct the marked fields."));
    if (!fields.isEmpty())
        showField(fields.first());
}

void FormWidget::onSubmitFailed(const QString &message, const QString &field)
{
    if (!field.isEmpty() && m_editors.contains(field)) {
        showField(field);
        return;
    }
    // The details never show a secret: the rejected value of a password/private field, the session id and
    // the password the server may echo.
    QStringList secrets;
    if (net::Connection *c = m_session->connection()) {
        secrets = c->requestLog()->secrets();
        if (!c->sessionId().isEmpty())
            secrets.append(c->sessionId());
    }
    const auto error = m_session->lastError();
    if (error) {
        const protocol::ApiError masked = state()->maskedError(*error, secrets);
        const QString shown = message.trimmed() == error->message.trimmed()
            ? masked.message
            : net::RequestLog::maskText(message, secrets);
        m_banner->showError(shown, masked);
    } else {
        m_banner->showError(tr("%1 Nothing you entered was lost: you can send the form again.")
                                .arg(net::RequestLog::maskText(message, secrets)));
    }
}

void FormWidget::showField(const QString &name)
{
    if (m_tabs && m_pageOfField.contains(name))
        m_tabs->setCurrentIndex(m_pageOfField.value(name));
    if (QWidget *c = control(name))
        c->setFocus(Qt::OtherFocusReason);
}

void FormWidget::setBusy(bool busy)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(!busy);
    if (m_back)
        m_back->setEnabled(!busy);
    Q_EMIT busyChanged(busy);
}

void FormWidget::requestClose()
{
    if (!isDirty()) {
        Q_EMIT closeRequested();
        return;
    }
    MessageBox::question(this, tr("Unsaved changes"),
        tr("“%1” has changes that were not sent. Discard them?").arg(title()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, this,
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Discard)
                Q_EMIT closeRequested();
        });
}

void FormWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FormWidget::retranslate()
{
    if (m_back)
        m_back->setText(tr("Back"));
}

} // namespace mgrdesk::gui
