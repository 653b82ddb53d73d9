#pragma once
// A server form generated from its reply (docs/protocol.md §6): every control kind as a native widget, pages
// as tabs, live hide/shadow rules, sv_field recomputation, validation before sending, server errors at their
// field (or in a banner with details), wizards step by step with Back. Put it in a tab (or a FormDialog);
// wire accepted() (close the tab, refresh the list, select the id) and closeRequested().

#include "core/models/formsession.h"
#include "core/net/joboptions.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QHBoxLayout;

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class FormBanner;
class FormFieldEditor;
class ImpersonationBanner;

class FormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FormWidget(net::Connection *connection, QWidget *parent = nullptr);
    ~FormWidget() override; // disconnects from QApplication::focusChanged first

    // Opens the form: one request, when called (never prefetched). elid empty = a new object.
    void open(const QString &function, const QString &elid = {}, const QString &plid = {},
        const models::FormSession::Params &extra = {});
    // Shows a form reply already at hand (tests; a form returned by another action).
    void openData(
        const QString &function, const QString &elid, const QString &plid, const protocol::FormData &data);

    // Options for every request of this form (open, recomputation, submit, wizard steps, extra buttons), e.g.
    // su= when it works as another user. Set before open(). With a su, an ImpersonationBanner shows at the
    // top of the form (hide it with setImpersonationBannerShown(false) when the host already shows one).
    void setJobOptions(const net::JobOptions &options);
    net::JobOptions jobOptions() const { return m_session->jobOptions(); }
    QString actingAs() const { return m_session->actingAs(); } // its su (or the connection's default su)
    void setImpersonationBannerShown(bool shown);
    ImpersonationBanner *impersonationBanner() const { return m_suBanner; }

    models::FormSession *session() const { return m_session; }
    models::FormState *state() const { return m_session->state(); }
    QString title() const;
    bool isDirty() const { return state()->isDirty(); }

    FormFieldEditor *editor(const QString &name) const { return m_editors.value(name); }
    QWidget *control(const QString &name) const; // the native widget of a field
    QPushButton *button(const QString &name) const { return m_buttons.value(name); }
    QPushButton *backButton() const { return m_back; }
    QWidget *stepsBar() const { return m_stepsBar; } // <steps>: one QLabel step_NAME per step
    // <ok type="url">: the panel page (the connection's host + the path); empty when it is not on the panel.
    QUrl panelUrl(const QString &redirect) const;
    FormBanner *banner() const { return m_banner; }
    QTabWidget *pagesWidget() const { return m_tabs; } // null for a single page
    bool isFieldShown(const QString &name) const; // its row is visible in its page

    // Sends the form as if `button` was pressed. False when validation (or a running submit) blocks it.
    bool submit(const QString &button = QStringLiteral("ok"));
    // Closing: asks first when there are unsaved changes; emits closeRequested() when it may close.
    void requestClose();

Q_SIGNALS:
    void accepted(const QString &id, const QString &redirect, const QString &redirectType);
    void closeRequested();
    void titleChanged(const QString &title);
    void dirtyChanged(bool dirty);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void buildButtons();
    void buildStepsBar();
    void offerPanelPage(const QString &redirect);
    void applyVisibility();
    void onEdited(const QString &name, const QString &value);
    void onSubmitFailed(const QString &message, const QString &field);
    void onValidationFailed(const QStringList &fields);
    void showField(const QString &name);
    void setBusy(bool busy);
    void retranslate();

    void updateImpersonationBanner();

    models::FormSession *m_session;
    ImpersonationBanner *m_suBanner = nullptr;
    bool m_suBannerShown = true;
    QMetaObject::Connection m_focusConnection; // application-wide: ended in the destructor
    FormBanner *m_banner;
    QLabel *m_status;
    QLabel *m_step;
    QWidget *m_stepsBar = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_loadFailed;
    QLabel *m_loadMessage;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_buttonBar;
    QHBoxLayout *m_buttonLayout;
    QPushButton *m_back = nullptr;
    QHash<QString, FormFieldEditor *> m_editors;
    QHash<QString, QFormLayout *> m_rowLayouts;
    QHash<QString, int> m_pageOfField;
    QHash<QString, QPushButton *> m_buttons;
    struct OpenArgs
    {
        QString function, elid, plid;
        models::FormSession::Params extra;
    } m_openArgs;
};

} // namespace mgrdesk::gui
