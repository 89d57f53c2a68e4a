CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trial_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`site_id` integer,
	`kind` text NOT NULL,
	`text` text,
	`attested_on` text,
	`file_sha256` text,
	`file_name` text,
	`file_type` text,
	`file_size` integer,
	`provided_by_id` integer NOT NULL,
	`provided_at` integer NOT NULL,
	`withdrawn_at` integer,
	FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `trial_sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_trial_idx` ON `evidence` (`trial_id`,`item_key`);--> statement-breakpoint
CREATE TABLE `gate_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trial_id` integer NOT NULL,
	`stage` text NOT NULL,
	`action` text NOT NULL,
	`note` text NOT NULL,
	`decided_by_id` integer NOT NULL,
	`decided_at` integer NOT NULL,
	`from_stage` text NOT NULL,
	`to_stage` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gate_decisions_trial_idx` ON `gate_decisions` (`trial_id`);--> statement-breakpoint
CREATE TABLE `trial_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trial_id` integer,
	`match_id` integer,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trial_messages_trial_idx` ON `trial_messages` (`trial_id`);--> statement-breakpoint
CREATE INDEX `trial_messages_match_idx` ON `trial_messages` (`match_id`);--> statement-breakpoint
CREATE TABLE `trial_sites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trial_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trial_sites_pair_idx` ON `trial_sites` (`trial_id`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `trial_sites_organisation_idx` ON `trial_sites` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `trials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`match_id` integer NOT NULL,
	`challenge_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`company_organisation_id` integer NOT NULL,
	`stage` text DEFAULT 'triage' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`facts` text DEFAULT '{}' NOT NULL,
	`investor_visible` integer DEFAULT false NOT NULL,
	`stage_entered_at` integer NOT NULL,
	`evidence_complete_at` integer,
	`last_returned_at` integer,
	`paused_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trials_match_id_unique` ON `trials` (`match_id`);--> statement-breakpoint
CREATE INDEX `trials_company_idx` ON `trials` (`company_organisation_id`);--> statement-breakpoint
CREATE INDEX `trials_stage_idx` ON `trials` (`stage`,`status`);