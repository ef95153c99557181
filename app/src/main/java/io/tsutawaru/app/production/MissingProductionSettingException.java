package io.tsutawaru.app.production;

/** A setting the production profile cannot run without was not given. */
class MissingProductionSettingException extends IllegalStateException {

	private final ProductionSettingsCheck.RequiredSetting setting;

	MissingProductionSettingException(ProductionSettingsCheck.RequiredSetting setting) {
		super("Cannot start in production: environment variable " + setting.variable() + " is not set ("
				+ setting.meaning() + ")");
		this.setting = setting;
	}

	ProductionSettingsCheck.RequiredSetting setting() {
		return setting;
	}

}
