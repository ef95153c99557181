package io.tsutawaru.notifier.subscriber;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.tsutawaru.notifier.SubscriberImport;

import org.springframework.stereotype.Service;

/** {@link SubscriberImport} over the subscriber tables, a batch of rows at a time. */
@Service
class JdbcSubscriberImport implements SubscriberImport {

	private final SubscriberListTable table;

	private final Clock clock = Clock.systemUTC();

	JdbcSubscriberImport(SubscriberListTable table) {
		this.table = table;
	}

	@Override
	public Run begin() {
		Map<String, Long> addresses = table.addressIndex();
		return rows -> write(addresses, rows);
	}

	private Merged write(Map<String, Long> addresses, List<ListedSubscriber> rows) {
		Map<String, List<ListedSubscriber>> byAddress = new LinkedHashMap<>();
		rows.forEach(row -> byAddress.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row));
		var stored = table.findByIds(byAddress.keySet().stream().map(addresses::get).filter(Objects::nonNull).toList());
		List<ListedSubscriber> inserts = new ArrayList<>();
		List<SubscriberMerge.Update> updates = new ArrayList<>();
		long same = 0;
		for (var address : byAddress.entrySet()) {
			Long id = addresses.get(address.getKey());
			switch (SubscriberMerge.against(id == null ? null : stored.get(id),
					SubscriberMerge.combine(address.getValue()))) {
				case SubscriberMerge.Insert insert -> inserts.add(insert.row());
				case SubscriberMerge.Update update -> updates.add(update);
				case SubscriberMerge.Unchanged nothing -> same++;
			}
		}
		List<Long> ids = table.insert(inserts, clock.instant());
		table.update(updates, clock.instant());
		// Known from now on; a rolled-back batch fails the caller's step, and a restart
		// begins afresh.
		for (int i = 0; i < ids.size(); i++) {
			addresses.put(inserts.get(i).key(), ids.get(i));
		}
		return new Merged(inserts.size(), updates.size() + (rows.size() - byAddress.size()), same);
	}

}
