#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace hocbaso::ui {

class AppSettings;

// Help > About: the version and where to get support (the guide's hotline and e-mail by default,
// or what the administrator set).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const AppSettings& settings, QWidget* parent = nullptr);

    void setStoreDescription(const QString& description);
    QString supportText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const AppSettings& m_settings;
    QString m_store;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_versionLabel = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLabel* m_supportLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace hocbaso::ui
