#pragma once

#include "services/LockService.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QPushButton;

namespace hocbaso::ui {

namespace Ui {
class CommonLockDialog;
}

class Prompter;

// 6.2 Cách 1: one receive-lock or revoke-lock date for all schools (the unit-wide setting) or for
// ticked schools, and the ticked grades. [Save] hands it to LockService::set; a refusal is shown in
// the dialog, which stays open so the officer can correct it.
class CommonLockDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Receive,
        Revoke
    };

    // `schools` are (code, name) pairs in the order to list them; `today` starts the date.
    CommonLockDialog(services::ServiceContext& context, Prompter& prompter, Kind kind, int schoolYear,
                     const QList<QPair<QString, QString>>& schools, const QDate& today, QWidget* parent = nullptr);
    ~CommonLockDialog() override;

    Kind kind() const { return m_kind; }
    // What [Save] would send, as the ticks and the date stand.
    services::LockChange change() const;
    // The refusal shown after the last [Save], empty when none.
    QString message() const;
    QPushButton* saveButton() const;

    void setAllSchools(bool all);
    // Ticks exactly these schools (the list is only used while "All schools" is off).
    void setSchools(const QStringList& codes);
    void setGrades(const QList<int>& grades);
    void setDate(const QDate& date);

    // Saves through LockService::set and closes on success.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<QCheckBox*> gradeBoxes() const;
    void showMessage(const QString& text);
    void retranslate();

    services::ServiceContext& m_context;
    Prompter& m_prompter;
    Kind m_kind;
    int m_year;
    std::unique_ptr<Ui::CommonLockDialog> m_ui;
};

} // namespace hocbaso::ui
