package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Roles listed under one letter ({@link Names#initial}), so that seventy of them stay scannable. */
public record RoleGroup(String initial, List<RoleEntry> roles) {

	/** The roles by name ({@link Names#ORDER}), in groups by initial. */
	public static List<RoleGroup> of(Collection<RoleEntry> roles) {
		Map<String, List<RoleEntry>> byInitial = new LinkedHashMap<>();
		roles.stream()
			.sorted((a, b) -> Names.ORDER.compare(a.name(), b.name()))
			.forEach((role) -> byInitial.computeIfAbsent(Names.initial(role.name()), (key) -> new ArrayList<>())
				.add(role));
		return byInitial.entrySet()
			.stream()
			.map((entry) -> new RoleGroup(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

}
