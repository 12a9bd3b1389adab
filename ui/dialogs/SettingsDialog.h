#pragma once

#include <QDialog>

#include <memory>

namespace hocbaso::ui {

class AppSettings;

namespace Ui {
class SettingsDialog;
}

// The administrator's settings of this computer: idle sign-out and the support contact shown in
// Help > About and on the sign-in window.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void restoreDefaults();
    void retranslate();

    AppSettings& m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace hocbaso::ui
