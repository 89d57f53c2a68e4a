CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_user_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`from_state` text,
	`to_state` text,
	`detail` text,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `challenges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text,
	`organisation_id` integer NOT NULL,
	`created_by_id` integer,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`problem` text NOT NULL,
	`people_affected_per_year` integer,
	`current_pathway` text DEFAULT '' NOT NULL,
	`desired_outcomes` text NOT NULL,
	`clinical_areas` text NOT NULL,
	`care_settings` text NOT NULL,
	`place` text NOT NULL,
	`inequalities_focus` text DEFAULT '' NOT NULL,
	`funding_route` text DEFAULT '' NOT NULL,
	`must_haves` text DEFAULT '[]' NOT NULL,
	`closing_date` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`triage_note` text,
	`submitted_at` integer,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `challenges_key_unique` ON `challenges` (`key`);--> statement-breakpoint
CREATE INDEX `challenges_status_idx` ON `challenges` (`status`);--> statement-breakpoint
CREATE INDEX `challenges_organisation_idx` ON `challenges` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `challenges_place_idx` ON `challenges` (`place`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`place` text NOT NULL,
	`verified` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_key_unique` ON `organisations` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_unique` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text,
	`organisation_id` integer NOT NULL,
	`created_by_id` integer,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`description` text NOT NULL,
	`intended_purpose` text NOT NULL,
	`technology_type` text NOT NULL,
	`clinical_areas` text NOT NULL,
	`care_settings` text NOT NULL,
	`device_class` text NOT NULL,
	`ukca_marked` integer DEFAULT false NOT NULL,
	`processes_patient_data` integer DEFAULT false NOT NULL,
	`dtac_passed` integer DEFAULT false NOT NULL,
	`esf_tier` text NOT NULL,
	`trl` integer NOT NULL,
	`features` text DEFAULT '[]' NOT NULL,
	`evidence_summary` text DEFAULT '' NOT NULL,
	`price_model` text DEFAULT '' NOT NULL,
	`funding_sought` text DEFAULT '' NOT NULL,
	`investor_visible` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_key_unique` ON `products` (`key`);--> statement-breakpoint
CREATE INDEX `products_status_idx` ON `products` (`status`);--> statement-breakpoint
CREATE INDEX `products_organisation_idx` ON `products` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`secret_hash` blob NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_used_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role_override` text,
	`membership_verified` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_organisation_idx` ON `users` (`organisation_id`);